package io.newsflow.processors.identity;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.config.IdentityConfig;
import io.newsflow.config.NewsflowConfig;
import io.newsflow.kafka.DeadLetterHeaders;
import io.newsflow.kafka.JsonSerde;
import io.newsflow.kafka.Topics;
import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.IdentityEvent;
import io.newsflow.model.IdentityStatus;
import io.newsflow.model.RawArticle;
import io.newsflow.processors.CrashingLanguageStep;
import io.newsflow.processors.Enrichers;
import io.newsflow.processors.EnrichmentStep;
import io.newsflow.processors.EnrichmentTopology;
import io.newsflow.processors.StreamsSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdentityTopologyTest {
    private static final Instant T0 = Instant.parse("2025-08-19T14:30:00Z");
    private static final JsonSerde<RawArticle> RAW = new JsonSerde<>(RawArticle.class);

    @TempDir Path stateDir;

    /**
     * RocksDB unpacks its native library into {@code java.io.tmpdir}, which the build points at
     * {@code target/tmp} without creating it.
     */
    @BeforeAll
    static void createTmpDir() throws IOException {
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
    }

    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> raw;
    private TestOutputTopic<String, IdentityEvent> identity;
    private TestOutputTopic<String, EnrichedArticle> enriched;
    private TestOutputTopic<String, byte[]> dlq;

    private void start(IdentityConfig identityConfig) {
        start(identityConfig, Enrichers.standard(NewsflowConfig.defaults()));
    }

    private void start(IdentityConfig identityConfig, Enrichers enrichers) {
        NewsflowConfig config = NewsflowConfig.defaults().withIdentity(identityConfig);
        Topics topics = Topics.DEFAULT;
        Topology topology = EnrichmentTopology.build(config, topics, enrichers);
        driver =
                new TopologyTestDriver(
                        topology,
                        StreamsSettings.properties(
                                config, "unused:9092", "identity-test", stateDir));
        raw =
                driver.createInputTopic(
                        topics.raw().name(), new StringSerializer(), new ByteArraySerializer());
        identity =
                driver.createOutputTopic(
                        topics.identity().name(),
                        new StringDeserializer(),
                        topics.identity().valueSerde().deserializer());
        enriched =
                driver.createOutputTopic(
                        topics.enriched().name(),
                        new StringDeserializer(),
                        topics.enriched().valueSerde().deserializer());
        dlq =
                driver.createOutputTopic(
                        topics.dlq().name(), new StringDeserializer(), new ByteArrayDeserializer());
    }

    @AfterEach
    void close() {
        if (driver != null) {
            driver.close();
        }
    }

    private void pipe(RawArticle article, Instant at) {
        raw.pipeInput(article.articleId(), RAW.serialize(null, article), at);
    }

    private List<IdentityStatus> statuses() {
        return identity.readValuesToList().stream().map(e -> e.identity().status()).toList();
    }

    @Test
    void replayingTheSeedsTwiceGivesFiveNewFiveDuplicatesAndFiveEnriched() {
        start(IdentityConfig.defaults());
        Instant at = T0;
        for (int round = 0; round < 2; round++) {
            for (RawArticle seed : TestArticles.seeds()) {
                at = at.plusSeconds(1);
                pipe(seed, at);
            }
        }
        List<IdentityEvent> events = identity.readValuesToList();
        assertThat(events).hasSize(10);
        assertThat(events.stream().filter(e -> e.identity().status() == IdentityStatus.NEW))
                .hasSize(5);
        assertThat(
                        events.stream()
                                .filter(e -> e.identity().status() == IdentityStatus.DUPLICATE_OF))
                .hasSize(5);
        assertThat(events.stream().map(e -> e.identity().storyId()).distinct()).hasSize(5);

        List<KeyValue<String, EnrichedArticle>> out = enriched.readKeyValuesToList();
        assertThat(out).hasSize(5);
        assertThat(out)
                .allSatisfy(
                        kv -> {
                            assertThat(kv.value.identity().status()).isEqualTo(IdentityStatus.NEW);
                            assertThat(kv.key).isEqualTo(kv.value.articleId());
                            assertThat(kv.value.versions())
                                    .containsEntry("identity", IdentityStep.VERSION);
                        });
    }

    @Test
    void decidesNewDuplicateUpdatedAndSyndicatedCopyInOrder() {
        start(IdentityConfig.defaults());
        RawArticle seed = TestArticles.seeds().get(1);
        RawArticle original =
                TestArticles.published(
                        seed, "bbc", "https://www.bbc.com/indonesia/articles/c1", "bbc-c1");
        RawArticle retitled = TestArticles.withTitle(original, "Putin: pasukan asing jadi target");
        RawArticle rerun =
                TestArticles.withContent(
                        TestArticles.published(seed, "tempo", "https://tempo.example/putin", "t-9"),
                        TestArticles.rewrittenLeadWithoutLastParagraph(seed.content()));

        pipe(original, T0);
        pipe(original, T0.plusSeconds(300));
        pipe(retitled, T0.plusSeconds(600));
        pipe(rerun, T0.plusSeconds(900));

        List<IdentityEvent> events = identity.readValuesToList();
        assertThat(events.stream().map(e -> e.identity().status()))
                .containsExactly(
                        IdentityStatus.NEW,
                        IdentityStatus.DUPLICATE_OF,
                        IdentityStatus.UPDATED,
                        IdentityStatus.SYNDICATED_COPY);
        assertThat(events.get(2).identity().revision()).isEqualTo(2);
        assertThat(events.get(3).identity().storyId()).isEqualTo(original.articleId());
        assertThat(events.get(3).decidedAt()).isEqualTo(T0.plusSeconds(900));

        assertThat(enriched.readValuesToList().stream().map(a -> a.identity().status()))
                .containsExactly(
                        IdentityStatus.NEW, IdentityStatus.UPDATED, IdentityStatus.SYNDICATED_COPY);
    }

    @Test
    void markModeForwardsDuplicatesMarked() {
        start(IdentityConfig.defaults().withMode("mark"));
        RawArticle seed = TestArticles.seeds().get(2);
        pipe(seed, T0);
        pipe(seed, T0.plusSeconds(1));
        assertThat(enriched.readValuesToList().stream().map(a -> a.identity().status()))
                .containsExactly(IdentityStatus.NEW, IdentityStatus.DUPLICATE_OF);
    }

    @Test
    void forgetsAfterTheWindowAndExpiryEmptiesTheStores() {
        start(IdentityConfig.defaults().withWindow(Duration.ofDays(7)));
        List<RawArticle> seeds = TestArticles.seeds();
        pipe(seeds.get(0), T0);
        pipe(seeds.get(1), T0.plus(Duration.ofDays(1)));
        KeyValueStore<Bytes, byte[]> articles =
                driver.getKeyValueStore(IdentityStage.ARTICLES_STORE);
        KeyValueStore<Bytes, byte[]> bands = driver.getKeyValueStore(IdentityStage.BANDS_STORE);
        assertThat(entries(articles)).isEqualTo(2);

        // stream time passes the first article's window: the punctuator deletes it and its keys
        pipe(seeds.get(2), T0.plus(Duration.ofDays(8)));
        pipe(seeds.get(3), T0.plus(Duration.ofDays(8)).plusSeconds(1));
        assertThat(entries(articles)).isEqualTo(3);
        assertThat(entries(bands)).isEqualTo(3 * IdentityConfig.DEFAULT_LSH_BANDS);

        pipe(seeds.get(0), T0.plus(Duration.ofDays(8)).plusSeconds(2));
        assertThat(statuses()).containsOnly(IdentityStatus.NEW).hasSize(5);
    }

    @Test
    void failedRecordsReachTheDeadLetterTopicUntouched() {
        start(IdentityConfig.defaults());
        byte[] garbage = "{not json".getBytes(UTF_8);
        raw.pipeInput("k1", garbage, T0);
        pipe(TestArticles.seeds().get(0), T0.plusSeconds(1));

        var dead = dlq.readRecordsToList();
        assertThat(dead).hasSize(1);
        assertThat(dead.get(0).key()).isEqualTo("k1");
        assertThat(dead.get(0).value()).isEqualTo(garbage);
        assertThat(
                        new String(
                                dead.get(0).headers().lastHeader(DeadLetterHeaders.STAGE).value(),
                                UTF_8))
                .isEqualTo("parse");
        assertThat(statuses()).containsExactly(IdentityStatus.NEW);
        assertThat(enriched.readValuesToList()).hasSize(1);
    }

    @Test
    void aDeadLetterAfterTheLedgerStillNamesTheRawPosition() {
        Enrichers standard = Enrichers.standard(NewsflowConfig.defaults());
        EnrichmentStep crashing = new CrashingLanguageStep(article -> true);
        start(
                IdentityConfig.defaults(),
                new Enrichers(
                        standard.normalize(), crashing, standard.entities(), standard.topics()));
        raw.pipeInput("k0", "{not json".getBytes(UTF_8), T0);
        pipe(TestArticles.seeds().get(0), T0.plusSeconds(1));

        var dead = dlq.readRecordsToList();
        assertThat(dead).hasSize(2);
        var late = dead.get(1);
        assertThat(header(late, DeadLetterHeaders.STAGE)).isEqualTo("detect-language");
        assertThat(header(late, DeadLetterHeaders.SOURCE_TOPIC)).isEqualTo(Topics.RAW);
        assertThat(header(late, DeadLetterHeaders.SOURCE_OFFSET)).isEqualTo("1");
        assertThat(statuses()).containsExactly(IdentityStatus.NEW);
    }

    private static String header(
            org.apache.kafka.streams.test.TestRecord<String, byte[]> r, String name) {
        return new String(r.headers().lastHeader(name).value(), UTF_8);
    }

    @Test
    void namesTheLedgerTopicAndStores() {
        NewsflowConfig config = NewsflowConfig.defaults();
        String description =
                EnrichmentTopology.build(config, Topics.DEFAULT, Enrichers.standard(config))
                        .describe()
                        .toString();
        assertThat(description)
                .contains("identity-ledger-repartition")
                .contains(IdentityStage.ARTICLES_STORE)
                .contains(IdentityStage.GUIDS_STORE)
                .contains(IdentityStage.FINGERPRINTS_STORE)
                .contains(IdentityStage.BANDS_STORE)
                .contains("write-identity");
    }

    /** Entries in a ledger store, not counting the ledger clock (a 1-byte key). */
    private static long entries(KeyValueStore<Bytes, byte[]> store) {
        long n = 0;
        try (var all = store.all()) {
            while (all.hasNext()) {
                if (all.next().key.get().length > 1) {
                    n++;
                }
            }
        }
        return n;
    }
}
