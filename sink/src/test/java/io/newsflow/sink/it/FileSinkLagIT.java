package io.newsflow.sink.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.broker.testing.TestKafka;
import io.newsflow.config.KafkaConfig;
import io.newsflow.config.NewsflowConfig;
import io.newsflow.config.SinkConfig;
import io.newsflow.kafka.Topics;
import io.newsflow.model.EnrichedArticle;
import io.newsflow.sink.FileSink;
import io.newsflow.sink.testing.Articles;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a topic written in transactions, as the processors write news.articles.enriched, every
 * transaction ends with a control marker after its last record. Once the file sink has caught up,
 * its group's committed offset must be the partition's end offset (lag 0, as {@code
 * newsflow_file_sink_lag_records} and kafka-consumer-groups compute it), not the last record's
 * offset + 1, which is the marker's; and the files still hold every record exactly once, also after
 * a restart that resumes from that offset.
 */
class FileSinkLagIT {
    private static final int PARTITIONS = 2;
    private static final int PER_TRANSACTION = 40;

    @TempDir Path temp;

    @Test
    void theGroupOffsetReachesTheEndOfTransactionalPartitionsAndFilesHoldEachRecordOnce()
            throws Exception {
        Path out = temp.resolve("out");
        try (var kafka = TestKafka.start(temp.resolve("broker"));
                var admin = admin(kafka.bootstrapServers())) {
            kafka.createTopics(Topics.DEFAULT, PARTITIONS);
            var config =
                    config(
                            kafka,
                            out,
                            Map.of(),
                            new SinkConfig.Roll(null, null, Duration.ofMillis(200)));
            String group = config.sink().groupIdOr(config.kafka().applicationId());
            var expected = new ArrayList<String>();

            try (var producer = transactionalProducer(kafka.bootstrapServers())) {
                producer.initTransactions();
                // committed, committed, aborted (its records and marker are skipped), committed
                transaction(producer, "a", true, expected);
                transaction(producer, "b", true, expected);
                transaction(producer, "c", false, expected);
                transaction(producer, "d", true, expected);
                runUntilCaughtUp(config, kafka, admin, group, expected.size());

                // A restart resumes from the files and the group offset, which now lies past the
                // markers; the log then ends with an aborted transaction.
                int before = expected.size();
                transaction(producer, "e", true, expected);
                transaction(producer, "f", false, expected);
                runUntilCaughtUp(config, kafka, admin, group, expected.size() - before);
            }

            assertThat(CommittedIds.in(out))
                    .doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    /**
     * One record per poll and per batch: each batch is committed right after the poll that returned
     * its record, before the consumer has read the transaction's marker behind it; the poll that
     * then skips the marker returns nothing to write, and must still move the group offset.
     */
    @Test
    void aMarkerReadAfterItsTransactionsBatchWasCommittedStillMovesTheGroupOffset()
            throws Exception {
        Path out = temp.resolve("out");
        try (var kafka = TestKafka.start(temp.resolve("broker"));
                var admin = admin(kafka.bootstrapServers())) {
            kafka.createTopics(Topics.DEFAULT, PARTITIONS);
            var config =
                    config(
                            kafka,
                            out,
                            Map.of("max.poll.records", "1"),
                            new SinkConfig.Roll(null, 1L, Duration.ofMinutes(10)));
            String group = config.sink().groupIdOr(config.kafka().applicationId());
            var expected = new ArrayList<String>();
            try (var producer = transactionalProducer(kafka.bootstrapServers())) {
                producer.initTransactions();
                transaction(producer, "a", true, expected, 6);
                transaction(producer, "b", true, expected, 6);
            }
            runUntilCaughtUp(config, kafka, admin, group, expected.size());
            assertThat(CommittedIds.in(out))
                    .doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    private static NewsflowConfig config(
            TestKafka kafka, Path out, Map<String, String> properties, SinkConfig.Roll roll) {
        return NewsflowConfig.defaults()
                .withKafka(
                        new KafkaConfig(
                                kafka.bootstrapServers(),
                                null,
                                PARTITIONS,
                                (short) 1,
                                "lag-it",
                                properties))
                .withSink(SinkConfig.defaults().withOutDir(out).withRoll(roll));
    }

    /** Runs a sink until it has written {@code records} and its group has no lag, then stops it. */
    private static void runUntilCaughtUp(
            NewsflowConfig config, TestKafka kafka, Admin admin, String group, int records)
            throws Exception {
        var sink = new FileSink(config, kafka.bootstrapServers(), Topics.DEFAULT);
        var thread = new Thread(sink::run, "file-sink-under-test");
        thread.start();
        try {
            await("the sink writes the committed transactions' records")
                    .atMost(Duration.ofSeconds(60))
                    .until(() -> sink.recordsWritten() == records);
            await("the group's committed offsets reach the end offsets (lag 0)")
                    .atMost(Duration.ofSeconds(15))
                    .untilAsserted(
                            () -> assertThat(committed(admin, group)).isEqualTo(ends(admin)));
        } finally {
            sink.close();
            thread.join(Duration.ofSeconds(30).toMillis());
        }
        assertThat(thread.isAlive()).isFalse();
        assertThat(committed(admin, group)).isEqualTo(ends(admin));
    }

    private static void transaction(
            KafkaProducer<String, EnrichedArticle> producer,
            String name,
            boolean commit,
            List<String> expected)
            throws Exception {
        transaction(producer, name, commit, expected, PER_TRANSACTION);
    }

    private static void transaction(
            KafkaProducer<String, EnrichedArticle> producer,
            String name,
            boolean commit,
            List<String> expected,
            int records)
            throws Exception {
        producer.beginTransaction();
        var ids = new ArrayList<String>();
        for (int i = 0; i < records; i++) {
            var article =
                    Articles.simple(
                            String.format("%s-%03d", name, i),
                            i % 2 == 0 ? "id" : "en",
                            Instant.parse("2025-08-19T10:00:00Z"));
            producer.send(new ProducerRecord<>(Topics.ENRICHED, article.articleId(), article))
                    .get(30, TimeUnit.SECONDS);
            ids.add(article.articleId());
        }
        if (commit) {
            producer.commitTransaction();
            expected.addAll(ids);
        } else {
            producer.abortTransaction();
        }
    }

    private static Map<TopicPartition, Long> ends(Admin admin) throws Exception {
        var latest = new HashMap<TopicPartition, OffsetSpec>();
        for (int p = 0; p < PARTITIONS; p++) {
            latest.put(new TopicPartition(Topics.ENRICHED, p), OffsetSpec.latest());
        }
        var ends = new HashMap<TopicPartition, Long>();
        admin.listOffsets(latest)
                .all()
                .get(10, TimeUnit.SECONDS)
                .forEach((tp, info) -> ends.put(tp, info.offset()));
        return ends;
    }

    private static Map<TopicPartition, Long> committed(Admin admin, String group) throws Exception {
        var committed = new HashMap<TopicPartition, Long>();
        admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata()
                .get(10, TimeUnit.SECONDS)
                .forEach(
                        (tp, offset) -> {
                            if (offset != null && tp.topic().equals(Topics.ENRICHED)) {
                                committed.put(tp, offset.offset());
                            }
                        });
        return committed;
    }

    private static Admin admin(String bootstrap) {
        var props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        return Admin.create(props);
    }

    private static KafkaProducer<String, EnrichedArticle> transactionalProducer(String bootstrap) {
        var props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "lag-it-producer");
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return new KafkaProducer<>(
                props,
                Topics.DEFAULT.enriched().keySerde().serializer(),
                Topics.DEFAULT.enriched().valueSerde().serializer());
    }
}
