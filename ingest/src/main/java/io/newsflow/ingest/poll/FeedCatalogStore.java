package io.newsflow.ingest.poll;

import io.newsflow.kafka.Topic;
import io.newsflow.kafka.Topics;
import io.newsflow.model.FeedSpec;
import io.newsflow.model.FeedState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The feed catalog in Kafka: subscriptions in compacted {@code news.feeds} (key = feedId) and,
 * read-only here, the poller's {@code news.feeds.state}. Backs {@code feeds import}, {@code feeds
 * export} and {@code feeds list}; each call opens and closes its own clients.
 */
public final class FeedCatalogStore {
    private static final Logger log = LoggerFactory.getLogger(FeedCatalogStore.class);

    private final String bootstrapServers;
    private final Map<String, String> clientProperties;
    private final Topics topics;

    public FeedCatalogStore(
            String bootstrapServers, Map<String, String> clientProperties, Topics topics) {
        this.bootstrapServers = bootstrapServers;
        this.clientProperties = clientProperties;
        this.topics = topics;
    }

    /** Writes the subscriptions (insert or update by id) and waits until all are acknowledged. */
    public int publish(List<FeedSpec> specs) {
        var props = new java.util.HashMap<String, Object>(clientProperties);
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "newsflow-feeds-import");
        Topic<String, FeedSpec> feeds = topics.feeds();
        try (var producer =
                new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            List<Future<RecordMetadata>> acks = new ArrayList<>();
            for (FeedSpec spec : specs) {
                acks.add(
                        producer.send(
                                new ProducerRecord<>(
                                        feeds.name(),
                                        spec.feedId(),
                                        feeds.valueSerde()
                                                .serializer()
                                                .serialize(feeds.name(), spec))));
            }
            for (Future<RecordMetadata> ack : acks) {
                ack.get(150, TimeUnit.SECONDS);
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(
                    "feeds not written to "
                            + feeds.name()
                            + ": "
                            + e.getMessage()
                            + " — import again (it is idempotent)",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while importing feeds", e);
        }
        log.info("imported {} feeds into {}", specs.size(), feeds.name());
        return specs.size();
    }

    /** The current subscriptions, ordered by id. */
    public List<FeedSpec> feeds() {
        Map<String, FeedSpec> out = new TreeMap<>();
        read(topics.feeds(), out);
        return new ArrayList<>(out.values());
    }

    /** The poller's latest state per feed. */
    public Map<String, FeedState> states() {
        Map<String, FeedState> out = new LinkedHashMap<>();
        read(topics.feedState(), out);
        return out;
    }

    /** Per-feed health: every subscription with its latest state, failing feeds first. */
    public List<FeedHealth> health() {
        Map<String, FeedState> states = states();
        return feeds().stream()
                .map(spec -> FeedHealth.of(spec, states.get(spec.feedId())))
                .sorted(
                        Comparator.comparing((FeedHealth h) -> h.consecutiveFailures() == 0)
                                .thenComparing(FeedHealth::feedId))
                .toList();
    }

    private <V> void read(Topic<String, V> topic, Map<String, V> into) {
        try (var consumer = TopicReader.consumer(bootstrapServers, clientProperties)) {
            TopicReader.readToEnd(
                    consumer,
                    topic.name(),
                    TopicReader.partitions(consumer, topic.name()),
                    Duration.ofSeconds(60),
                    (key, value) -> {
                        if (key == null) {
                            return;
                        }
                        if (value == null) {
                            into.remove(key);
                            return;
                        }
                        try {
                            into.put(
                                    key,
                                    topic.valueSerde()
                                            .deserializer()
                                            .deserialize(topic.name(), value));
                        } catch (RuntimeException e) {
                            log.warn(
                                    "{} key={} unreadable record skipped: {}",
                                    topic.name(),
                                    key,
                                    e.getMessage());
                        }
                    });
        }
    }
}
