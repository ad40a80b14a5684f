package io.newsflow.processors;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.config.NewsflowConfig;
import io.newsflow.kafka.DeadLetterHeaders;
import io.newsflow.kafka.FilingHeaders;
import io.newsflow.kafka.Topics;
import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.RawArticle;
import io.newsflow.seeds.SeedCorpus;
import io.newsflow.testing.SampleArticles;
import java.nio.file.Path;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnrichmentTopologyTest {
    private static final Topics TOPICS = Topics.DEFAULT;

    @TempDir Path stateDir;

    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> raw;
    private TestOutputTopic<String, EnrichedArticle> enriched;
    private TestOutputTopic<String, byte[]> dlq;

    @BeforeEach
    void start() {
        restartWith(Enrichers.standard(NewsflowConfig.defaults()), "topology-test");
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void everyStageThatCanDeadLetterIsListedForTheMetrics() {
        // the metrics register a dead-letter series per listed stage; a renamed step must follow
        var steps = Enrichers.standard(NewsflowConfig.defaults());

        assertThat(EnrichmentTopology.STAGES)
                .contains(
                        steps.normalize().name(),
                        steps.language().name(),
                        steps.entities().name(),
                        steps.topics().name());
    }

    /** The topology again with other steps, under its own application id and state. */
    private void restartWith(Enrichers enrichers, String applicationId) {
        NewsflowConfig config = NewsflowConfig.defaults();
        if (driver != null) {
            driver.close();
        }
        driver =
                new TopologyTestDriver(
                        EnrichmentTopology.build(config, TOPICS, enrichers),
                        StreamsSettings.properties(
                                config,
                                "dummy:9092",
                                applicationId,
                                stateDir.resolve(applicationId)));
        raw =
                driver.createInputTopic(
                        TOPICS.raw().name(),
                        Serdes.String().serializer(),
                        Serdes.ByteArray().serializer());
        enriched =
                driver.createOutputTopic(
                        TOPICS.enriched().name(),
                        Serdes.String().deserializer(),
                        TOPICS.enriched().valueSerde().deserializer());
        dlq =
                driver.createOutputTopic(
                        TOPICS.dlq().name(),
                        Serdes.String().deserializer(),
                        Serdes.ByteArray().deserializer());
    }

    @Test
    void seedArticlesReachTheEnrichedTopicNormalized() {
        for (RawArticle seed : SeedCorpus.builtIn().articles()) {
            raw.pipeInput(seed.articleId(), json(seed));
        }

        var out = enriched.readKeyValuesToList();

        assertThat(out).hasSize(5);
        assertThat(out)
                .allSatisfy(
                        kv -> {
                            assertThat(kv.key).isEqualTo(kv.value.articleId());
                            assertThat(kv.value.article().content())
                                    .doesNotContain("negara -negara")
                                    .doesNotContain("hati -hati");
                            assertThat(kv.value.versions()).containsKeys("pipeline", "normalizer");
                        });
        assertThat(dlq.isEmpty()).isTrue();
    }

    @Test
    void enrichedRecordsCarryTheFieldsTheFileSinkFilesThemByInHeaders() {
        for (RawArticle seed : SeedCorpus.builtIn().articles()) {
            raw.pipeInput(seed.articleId(), json(seed));
        }

        var out = enriched.readRecordsToList();

        assertThat(out).hasSize(5);
        assertThat(out)
                .allSatisfy(
                        record -> {
                            var filing = FilingHeaders.read(record.getHeaders());
                            var article = record.getValue();
                            assertThat(filing).isNotNull();
                            assertThat(filing.languageCode())
                                    .isEqualTo(article.language().code())
                                    .isEqualTo("id");
                            assertThat(filing.publishedAt())
                                    .isEqualTo(article.article().publishedAt().toString());
                            assertThat(filing.fetchedAt())
                                    .isEqualTo(article.article().fetchedAt().toString());
                        });
    }

    @Test
    void garbageGoesToDeadLetterTopicWithHeadersAndTheNextRecordStillGoesThrough() {
        RawArticle good = SampleArticles.indonesian();
        byte[] garbage = "{\"articleId\": tidak valid".getBytes(UTF_8);

        raw.pipeInput("poison-1", garbage);
        raw.pipeInput(good.articleId(), json(good));

        var dead = dlq.readRecord();
        Headers headers = dead.getHeaders();
        assertThat(dead.key()).isEqualTo("poison-1");
        assertThat(dead.value()).isEqualTo(garbage);
        assertThat(header(headers, DeadLetterHeaders.STAGE)).isEqualTo("parse");
        assertThat(header(headers, DeadLetterHeaders.ERROR_CLASS))
                .contains("SerializationException");
        assertThat(header(headers, DeadLetterHeaders.ERROR_MESSAGE)).contains("RawArticle");
        assertThat(header(headers, DeadLetterHeaders.SOURCE_TOPIC)).isEqualTo("news.articles.raw");
        assertThat(header(headers, DeadLetterHeaders.SOURCE_PARTITION)).isEqualTo("0");
        assertThat(header(headers, DeadLetterHeaders.SOURCE_OFFSET)).isEqualTo("0");
        assertThat(enriched.readValuesToList())
                .extracting(EnrichedArticle::articleId)
                .containsExactly(good.articleId());
    }

    @Test
    void theJsonLiteralNullIsDeadLetteredAndDoesNotStopTheApplication() {
        // Jackson reads "null" as no object; validating that threw and stopped the application on
        // this record at every restart
        RawArticle good = SampleArticles.indonesian();

        raw.pipeInput("null-1", "null".getBytes(UTF_8));
        raw.pipeInput(good.articleId(), json(good));

        var dead = dlq.readRecord();
        assertThat(dead.key()).isEqualTo("null-1");
        assertThat(dead.value()).asString(UTF_8).isEqualTo("null");
        assertThat(header(dead.getHeaders(), DeadLetterHeaders.STAGE)).isEqualTo("parse");
        assertThat(header(dead.getHeaders(), DeadLetterHeaders.ERROR_MESSAGE))
                .contains("JSON literal null");
        assertThat(enriched.readValuesToList())
                .extracting(EnrichedArticle::articleId)
                .containsExactly(good.articleId());
    }

    @Test
    void aValueOverTheArticleLimitIsDeadLetteredWithItsFirstBytesOnly() {
        // every record made from it must fit Kafka's 1 MiB limit: under exactly-once a refused
        // send cannot be skipped
        RawArticle good = SampleArticles.indonesian();
        byte[] huge = new byte[ArticleParser.MAX_VALUE_BYTES + 1];
        java.util.Arrays.fill(huge, (byte) '{');

        raw.pipeInput("huge", huge);
        raw.pipeInput(good.articleId(), json(good));

        var dead = dlq.readRecord();
        assertThat(dead.key()).isEqualTo("huge");
        assertThat(dead.value()).hasSize(ArticleParser.KEPT_BYTES);
        assertThat(header(dead.getHeaders(), DeadLetterHeaders.STAGE)).isEqualTo("parse");
        assertThat(header(dead.getHeaders(), DeadLetterHeaders.ERROR_MESSAGE))
                .contains("524,289 bytes")
                .contains("first 65,536 bytes");
        assertThat(enriched.readValuesToList())
                .extracting(EnrichedArticle::articleId)
                .containsExactly(good.articleId());
    }

    @Test
    void recordsWithoutAKeyAreDeadLetteredNotDroppedByTheRepartition() {
        RawArticle good = SampleArticles.indonesian();
        byte[] garbage = "garbage".getBytes(UTF_8);

        raw.pipeInput((String) null, json(good));
        raw.pipeInput((String) null, garbage);
        raw.pipeInput(good.articleId(), json(good));

        var dead = dlq.readRecordsToList();
        assertThat(dead).hasSize(2);
        assertThat(dead).allSatisfy(r -> assertThat(r.key()).isNull());
        assertThat(header(dead.get(0).getHeaders(), DeadLetterHeaders.ERROR_MESSAGE))
                .contains("no key");
        assertThat(dead.get(1).value()).isEqualTo(garbage);
        assertThat(header(dead.get(1).getHeaders(), DeadLetterHeaders.SOURCE_OFFSET))
                .isEqualTo("1");
        assertThat(enriched.readValuesToList())
                .extracting(EnrichedArticle::articleId)
                .containsExactly(good.articleId());
    }

    @Test
    void validJsonThatIsNotAnUsableArticleIsDeadLetteredWithEveryReason() {
        byte[] noText = "{\"articleId\":\"x1\",\"feedId\":\"f\"}".getBytes(UTF_8);

        raw.pipeInput("other-key", noText);

        String message = header(dlq.readRecord().getHeaders(), DeadLetterHeaders.ERROR_MESSAGE);
        assertThat(message).contains("differs from articleId").contains("no text");
        assertThat(enriched.isEmpty()).isTrue();
    }

    @Test
    void aStepThatThrowsDeadLettersOnlyThatRecord() {
        restartWith(
                new CrashingLanguageStep(a -> a.article().title().contains("boom")).alone(),
                "topology-test-2");
        RawArticle boom =
                RawArticle.builder().feedId("f").guid("g1").title("boom").content("x").build();
        RawArticle fine =
                RawArticle.builder().feedId("f").guid("g2").title("fine").content("y").build();

        raw.pipeInput(boom.articleId(), json(boom));
        raw.pipeInput(fine.articleId(), json(fine));

        var dead = dlq.readRecord();
        assertThat(header(dead.getHeaders(), DeadLetterHeaders.STAGE)).isEqualTo("detect-language");
        assertThat(header(dead.getHeaders(), DeadLetterHeaders.ERROR_MESSAGE))
                .isEqualTo(CrashingLanguageStep.MESSAGE);
        assertThat(enriched.readValuesToList())
                .extracting(EnrichedArticle::articleId)
                .containsExactly(fine.articleId());
    }

    @Test
    void anArticleThatFailedAfterIdentityIsEnrichedWhenRedeliveredFromTheDeadLetterTopic() {
        // identity remembers an article before the NLP steps: sent again after the fix it is a
        // duplicate of itself, dropped in mode drop unless marked as a redelivery
        var broken = new java.util.concurrent.atomic.AtomicBoolean(true);
        restartWith(new CrashingLanguageStep(a -> broken.get()).alone(), "topology-test-3");
        RawArticle article = SampleArticles.indonesian();

        raw.pipeInput(article.articleId(), json(article));
        var dead = dlq.readRecord();
        assertThat(enriched.isEmpty()).isTrue();
        broken.set(false);

        // sent again as it is: a duplicate of itself
        raw.pipeInput(dead.key(), dead.value());
        assertThat(enriched.isEmpty()).isTrue();

        // sent again marked as a redelivery: enriched once
        var redelivery = new org.apache.kafka.common.header.internals.RecordHeaders();
        redelivery.add(io.newsflow.processors.identity.IdentityStep.REDELIVER_HEADER, new byte[0]);
        raw.pipeInput(
                new org.apache.kafka.streams.test.TestRecord<>(
                        dead.key(), dead.value(), redelivery));
        assertThat(enriched.readValuesToList())
                .extracting(EnrichedArticle::articleId)
                .containsExactly(article.articleId());
        assertThat(dlq.isEmpty()).isTrue();
    }

    @Test
    void batchEnricherGivesTheSameBytesAsTheTopology() {
        NewsflowConfig config = NewsflowConfig.defaults();
        var batch = new BatchEnricher(Enrichers.standard(config));
        for (RawArticle seed : SeedCorpus.builtIn().articles()) {
            raw.pipeInput(seed.articleId(), json(seed));
            EnrichedArticle fromTopology = enriched.readValue();

            EnrichedArticle fromBatch = batch.enrichOrThrow(json(seed));

            assertThat(Codecs.ENRICHED.serialize(null, fromBatch))
                    .isEqualTo(Codecs.ENRICHED.serialize(null, fromTopology));
        }
    }

    private static byte[] json(RawArticle article) {
        return Codecs.RAW.serialize(null, article);
    }

    private static String header(Headers headers, String name) {
        var h = headers.lastHeader(name);
        return h == null ? null : new String(h.value(), UTF_8);
    }
}
