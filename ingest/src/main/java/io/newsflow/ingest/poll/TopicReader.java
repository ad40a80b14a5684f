package io.newsflow.ingest.poll;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads partitions of a compacted topic from the beginning to their current end, without a consumer
 * group: how the poller loads feed states on assignment, and how {@code feeds list} reads the
 * catalog. Values stay bytes so one unreadable record is skipped, not fatal.
 */
final class TopicReader {
    private TopicReader() {}

    static KafkaConsumer<String, byte[]> consumer(
            String bootstrapServers, Map<String, String> clientProperties) {
        var props = new HashMap<String, Object>(clientProperties);
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
    }

    /** Partition numbers of {@code topic}. */
    static List<Integer> partitions(KafkaConsumer<String, byte[]> consumer, String topic) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(30));
        var out = new ArrayList<Integer>();
        for (PartitionInfo p : infos) {
            out.add(p.partition());
        }
        return out;
    }

    /** Every record (in offset order per partition) up to the end offsets seen at the start. */
    static void readToEnd(
            KafkaConsumer<String, byte[]> consumer,
            String topic,
            Collection<Integer> partitions,
            Duration timeout,
            BiConsumer<String, byte[]> onRecord) {
        var tps = partitions.stream().map(p -> new TopicPartition(topic, p)).toList();
        consumer.assign(tps);
        consumer.seekToBeginning(tps);
        Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(tps, timeout));
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done(consumer, end)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(
                        "could not read "
                                + topic
                                + " to its end within "
                                + timeout.toSeconds()
                                + " s");
            }
            for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                onRecord.accept(r.key(), r.value());
            }
        }
        consumer.assign(List.of());
    }

    private static boolean done(
            KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> end) {
        for (var e : end.entrySet()) {
            if (consumer.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }
}
