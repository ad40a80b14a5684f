package io.newsflow.broker.testing;

import io.newsflow.broker.EmbeddedKafka;
import io.newsflow.broker.TopicAdmin;
import io.newsflow.broker.TopicSpec;
import io.newsflow.config.KafkaConfig;
import io.newsflow.kafka.Topic;
import io.newsflow.kafka.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A real embedded broker for integration tests, with helpers to create newsflow's topics, produce
 * records and read a topic back with {@code read_committed}. One per test class, in a temp dir.
 */
public final class TestKafka implements AutoCloseable {
    private final EmbeddedKafka broker;

    private TestKafka(EmbeddedKafka broker) {
        this.broker = broker;
    }

    public static TestKafka start(Path dataDir) {
        return new TestKafka(EmbeddedKafka.start(EmbeddedKafka.Settings.forTest(dataDir)));
    }

    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    public EmbeddedKafka broker() {
        return broker;
    }

    /** Creates all of newsflow's topics with the given partition count and waits until ready. */
    public void createTopics(Topics topics, int partitions) {
        var kafka = new KafkaConfig(bootstrapServers(), null, partitions, (short) 1, null, null);
        createTopics(TopicAdmin.specs(topics, kafka));
    }

    public void createTopics(Collection<TopicSpec> specs) {
        try (var admin = new TopicAdmin(bootstrapServers(), Map.of())) {
            admin.ensureTopics(specs, Duration.ofSeconds(60));
        }
    }

    public <K, V> void produce(Topic<K, V> topic, Map<K, V> records) {
        try (var producer =
                producer(topic.keySerde().serializer(), topic.valueSerde().serializer())) {
            for (var e : records.entrySet()) {
                send(producer, new ProducerRecord<>(topic.name(), e.getKey(), e.getValue()));
            }
        }
    }

    public void produceBytes(String topic, byte[] key, byte[] value) {
        try (var producer = producer(new ByteArraySerializer(), new ByteArraySerializer())) {
            send(producer, new ProducerRecord<>(topic, key, value));
        }
    }

    /** Reads the topic from the beginning until {@code expected} records arrived or time is up. */
    public <K, V> List<ConsumerRecord<K, V>> read(
            Topic<K, V> topic, int expected, Duration timeout) {
        return read(
                topic.name(),
                topic.keySerde().deserializer(),
                topic.valueSerde().deserializer(),
                expected,
                timeout);
    }

    public List<ConsumerRecord<byte[], byte[]>> readBytes(
            String topic, int expected, Duration timeout) {
        return read(
                topic, new ByteArrayDeserializer(), new ByteArrayDeserializer(), expected, timeout);
    }

    /**
     * Reads until {@code expected} records arrived, then keeps reading for a short quiet period so
     * that unexpected extra records (duplicates) are seen too.
     */
    public <K, V> List<ConsumerRecord<K, V>> read(
            String topic,
            Deserializer<K> keys,
            Deserializer<V> values,
            int expected,
            Duration timeout) {
        return read(bootstrapServers(), topic, keys, values, expected, timeout);
    }

    /** {@link #read(Topic, int, Duration)} from any broker, such as one in another process. */
    public static <K, V> List<ConsumerRecord<K, V>> read(
            String bootstrapServers, Topic<K, V> topic, int expected, Duration timeout) {
        return read(
                bootstrapServers,
                topic.name(),
                topic.keySerde().deserializer(),
                topic.valueSerde().deserializer(),
                expected,
                timeout);
    }

    private static <K, V> List<ConsumerRecord<K, V>> read(
            String bootstrapServers,
            String topic,
            Deserializer<K> keys,
            Deserializer<V> values,
            int expected,
            Duration timeout) {
        var props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        var out = new ArrayList<ConsumerRecord<K, V>>();
        try (var consumer = new KafkaConsumer<>(props, keys, values)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            long quietUntil = Long.MAX_VALUE;
            while (System.nanoTime() < Math.min(deadline, quietUntil)) {
                consumer.poll(Duration.ofMillis(200)).forEach(out::add);
                if (out.size() >= expected && quietUntil == Long.MAX_VALUE) {
                    quietUntil = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(1500);
                }
            }
        }
        return out;
    }

    private <K, V> KafkaProducer<K, V> producer(Serializer<K> keys, Serializer<V> values) {
        var props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return new KafkaProducer<>(props, keys, values);
    }

    private static <K, V> void send(KafkaProducer<K, V> producer, ProducerRecord<K, V> record) {
        try {
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("test produce to " + record.topic() + " failed", e);
        }
    }

    @Override
    public void close() {
        broker.close();
    }
}
