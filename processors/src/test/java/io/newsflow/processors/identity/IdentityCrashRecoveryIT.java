package io.newsflow.processors.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.broker.TopicSpec;
import io.newsflow.broker.testing.TestKafka;
import io.newsflow.config.IdentityConfig;
import io.newsflow.config.NewsflowConfig;
import io.newsflow.kafka.Topics;
import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.Identity;
import io.newsflow.model.IdentityEvent;
import io.newsflow.model.RawArticle;
import io.newsflow.processors.ArticleParser;
import io.newsflow.processors.EnrichmentTopology;
import io.newsflow.processors.Envelope;
import io.newsflow.seeds.SeedCorpus;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The identity ledger under exactly-once on a real broker: the processors run in their own JVM, are
 * killed with SIGKILL in the middle of the first replay, and restarted for the second. Nothing is
 * lost, nothing reaches {@code news.articles.enriched} twice, and every decision equals what the
 * same step decides without Kafka over the same input.
 */
class IdentityCrashRecoveryIT {
    private static final String APP_ID = "identity-crash-it";
    private static final Logger log = LoggerFactory.getLogger(IdentityCrashRecoveryIT.class);
    private static final int SYNTHETIC = 1_000;

    @TempDir Path dir;

    private TestKafka kafka;
    private final List<Process> children = new ArrayList<>();

    @BeforeEach
    void startBroker() throws IOException {
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        kafka = TestKafka.start(dir.resolve("broker"));
        kafka.createTopics(Topics.DEFAULT, 3);
        var internal = new ArrayList<TopicSpec>();
        EnrichmentTopology.internalTopics(APP_ID, NewsflowConfig.defaults().kafka().partitions())
                .forEach(
                        t ->
                                internal.add(
                                        new TopicSpec(
                                                t.name(), t.partitions(), (short) 1, t.configs())));
        kafka.createTopics(internal);
    }

    @AfterEach
    void stop() {
        children.forEach(Process::destroyForcibly);
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void sigkillMidReplayLosesNothingRepeatsNothingAndDecidesTheSame() throws Exception {
        List<RawArticle> round = workload();
        List<ProducerRecord<String, byte[]>> produced = new ArrayList<>();
        produced.addAll(produce(round));

        Process first = startProcessors(1);
        try (var enriched = new CommittedCounter(Topics.ENRICHED)) {
            await().atMost(Duration.ofSeconds(60)).until(() -> enriched.count() >= 100);
            first.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            long atKill = enriched.count();
            log.info("killed the processors with {} of {} articles enriched", atKill, round.size());
            assertThat(atKill).as("killed mid-run").isLessThan(round.size());

            produced.addAll(produce(round));
            startProcessors(2);
            await().atMost(Duration.ofSeconds(90)).until(() -> enriched.count() >= round.size());
            log.info("restarted processors caught up: {} articles enriched", enriched.count());
        }

        List<ConsumerRecord<String, EnrichedArticle>> out =
                kafka.read(Topics.DEFAULT.enriched(), round.size(), Duration.ofSeconds(30));
        assertThat(out).hasSize(round.size());
        assertThat(out.stream().map(ConsumerRecord::key).distinct()).hasSize(round.size());
        assertThat(out.stream().map(r -> r.value().articleId()))
                .containsExactlyInAnyOrderElementsOf(
                        round.stream().map(RawArticle::articleId).toList());

        List<ConsumerRecord<String, IdentityEvent>> events =
                kafka.read(Topics.DEFAULT.identity(), 2 * round.size(), Duration.ofSeconds(30));
        assertThat(events).hasSize(2 * round.size());
        assertThat(decisionsByArticle(events.stream().map(ConsumerRecord::value).toList()))
                .isEqualTo(uninterruptedDecisions(produced));
    }

    /** The five seeds and synthetic distinct articles, each with its own URL and GUID. */
    private static List<RawArticle> workload() {
        var seeds = SeedCorpus.builtIn().articles();
        var vocabulary = new ArrayList<String>();
        seeds.forEach(s -> vocabulary.addAll(List.of(s.content().split("\\s+"))));
        var out = new ArrayList<>(seeds);
        for (int i = 0; i < SYNTHETIC; i++) {
            var random = new Random(i);
            var text = new StringBuilder();
            for (int w = 0; w < 80 + random.nextInt(60); w++) {
                text.append(vocabulary.get(random.nextInt(vocabulary.size()))).append(' ');
            }
            out.add(
                    RawArticle.builder()
                            .feedId("synthetic")
                            .url("https://news.example/" + i)
                            .guid("synthetic-" + i)
                            .title("Laporan " + i)
                            .content(text.toString().strip())
                            .publishedAt(Instant.parse("2025-08-19T14:30:00Z"))
                            .build());
        }
        return out;
    }

    private List<ProducerRecord<String, byte[]>> produce(List<RawArticle> articles)
            throws Exception {
        var props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        var serde = Topics.DEFAULT.raw().valueSerde().serializer();
        var sent = new ArrayList<ProducerRecord<String, byte[]>>();
        var futures = new ArrayList<Future<RecordMetadata>>();
        try (var producer =
                new KafkaProducer<>(
                        props,
                        new StringSerializer(),
                        new org.apache.kafka.common.serialization.ByteArraySerializer())) {
            long now = System.currentTimeMillis();
            for (RawArticle a : articles) {
                var record =
                        new ProducerRecord<>(
                                Topics.RAW,
                                null,
                                now,
                                a.articleId(),
                                serde.serialize(Topics.RAW, a));
                sent.add(record);
                futures.add(producer.send(record));
            }
            for (var f : futures) {
                f.get(30, TimeUnit.SECONDS);
            }
        }
        return sent;
    }

    private Process startProcessors(int run) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command =
                List.of(
                        java,
                        "-Xmx256m",
                        "-XX:TieredStopAtLevel=1",
                        "-XX:+UseSerialGC",
                        "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                        "-cp",
                        System.getProperty("java.class.path"),
                        IdentityProcessorsMain.class.getName(),
                        kafka.bootstrapServers(),
                        dir.resolve("state").toString(),
                        APP_ID);
        File log = dir.resolve("processors-" + run + ".log").toFile();
        Process p =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
        children.add(p);
        return p;
    }

    /** What the step decides without Kafka over the same records (in-memory ledger). */
    private static Map<String, List<Identity>> uninterruptedDecisions(
            List<ProducerRecord<String, byte[]>> records) {
        var step = new IdentityStep(IdentityConfig.defaults(), IdentityLedger.inMemory());
        var normalize =
                io.newsflow.processors.Enrichers.standard(
                                io.newsflow.config.NewsflowConfig.defaults())
                        .normalize();
        var events = new ArrayList<IdentityEvent>();
        for (var r : records) {
            Envelope in = ArticleParser.parse(r.key(), r.value()).then(normalize);
            events.add(step.identify(r.key(), in, Instant.ofEpochMilli(r.timestamp())).event());
        }
        return decisionsByArticle(events);
    }

    private static Map<String, List<Identity>> decisionsByArticle(List<IdentityEvent> events) {
        var byArticle = new HashMap<String, List<Identity>>();
        for (IdentityEvent e : events) {
            byArticle.computeIfAbsent(e.articleId(), k -> new ArrayList<>()).add(e.identity());
        }
        return byArticle;
    }

    /** Counts the committed records of a topic, polling on each call. */
    private final class CommittedCounter implements AutoCloseable {
        private final KafkaConsumer<byte[], byte[]> consumer;
        private long count;

        CommittedCounter(String topic) {
            var props = new Properties();
            props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
            props.put(ConsumerConfig.GROUP_ID_CONFIG, "counter-" + UUID.randomUUID());
            props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
            consumer =
                    new KafkaConsumer<>(
                            props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
            consumer.subscribe(List.of(topic));
        }

        long count() {
            count += consumer.poll(Duration.ofMillis(100)).count();
            return count;
        }

        @Override
        public void close() {
            consumer.close();
        }
    }
}
