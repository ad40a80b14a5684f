package io.newsflow.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.Entity;
import io.newsflow.model.EntityType;
import io.newsflow.model.Identity;
import io.newsflow.model.IdentityEvent;
import io.newsflow.model.IdentityStatus;
import io.newsflow.model.Language;
import io.newsflow.model.Origin;
import io.newsflow.model.RawArticle;
import io.newsflow.model.TopicTag;
import io.newsflow.testing.SampleArticles;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PipelineMetersTest {
    private final PrometheusMeterRegistry registry =
            new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final PipelineMeters meters = new PipelineMeters(registry);

    @AfterEach
    void close() {
        registry.close();
    }

    @Test
    void countsArticlesPerLanguageAndTheirTopicsAndEntities() {
        RawArticle raw = SampleArticles.indonesian();
        var article =
                EnrichedArticle.of(raw)
                        .withLanguage(new Language("id", 0.98, List.of()))
                        .withTopics(
                                List.of(
                                        new TopicTag("medtop:11000000", "politics", 0.9),
                                        new TopicTag("medtop:16000000", "conflict", 0.6)))
                        .withEntities(
                                List.of(
                                        new Entity(
                                                "Donald Trump",
                                                EntityType.PERSON,
                                                null,
                                                "Q22686",
                                                null,
                                                1),
                                        new Entity(
                                                "Vladimir Putin",
                                                EntityType.PERSON,
                                                null,
                                                "Q7747",
                                                null,
                                                1),
                                        new Entity(
                                                "Alaska",
                                                EntityType.LOCATION,
                                                null,
                                                "Q797",
                                                null,
                                                1)));

        meters.enriched(article, raw.fetchedAt().plusMillis(250), raw.fetchedAt());
        meters.enriched(EnrichedArticle.of(raw), raw.fetchedAt().plusSeconds(2), raw.fetchedAt());

        String text = registry.scrape();
        assertThat(text)
                .contains("newsflow_enriched_articles_total{language=\"id\"} 1.0")
                .contains("newsflow_enriched_articles_total{language=\"none\"} 1.0")
                .contains("newsflow_topic_tags_total 2.0")
                .contains("newsflow_entity_tags_total{type=\"person\"} 2.0")
                .contains("newsflow_entity_tags_total{type=\"location\"} 1.0")
                .contains("newsflow_tagged_articles_total{tagger=\"topics\"} 1.0")
                .contains("newsflow_tagged_articles_total{tagger=\"entities\"} 1.0")
                .contains("newsflow_end_to_end_latency_seconds_count{origin=\"feed\"} 2")
                .contains(
                        "newsflow_end_to_end_latency_seconds_bucket{origin=\"feed\",le=\"0.25\"} 1");
    }

    @Test
    void latencyStartsAtFetchForLiveFeedsAndAtPublicationToKafkaForReplays() {
        Instant fetched = Instant.parse("2025-08-15T10:05:00Z");
        Instant inKafka = Instant.parse("2026-01-01T00:00:00Z");
        RawArticle live = SampleArticles.indonesian();
        RawArticle replayed =
                RawArticle.builder()
                        .feedId("seeds")
                        .title("t")
                        .content("c")
                        .fetchedAt(fetched)
                        .origin(Origin.REPLAY)
                        .build();

        assertThat(PipelineMeters.latencyStart(EnrichedArticle.of(live), inKafka))
                .isEqualTo(live.fetchedAt());
        assertThat(PipelineMeters.latencyStart(EnrichedArticle.of(replayed), inKafka))
                .isEqualTo(inKafka);
    }

    @Test
    void everyIdentityDecisionKindExistsFromTheStartAndCounts() {
        String before = registry.scrape();
        meters.identity(
                new IdentityEvent(
                        0,
                        "a1",
                        "f",
                        null,
                        new Identity(
                                "s1",
                                2,
                                "fp",
                                null,
                                IdentityStatus.SYNDICATED_COPY,
                                "a0",
                                0.93,
                                "simhash",
                                null),
                        Instant.EPOCH));

        for (IdentityStatus status : IdentityStatus.values()) {
            assertThat(before)
                    .contains(
                            "newsflow_identity_decisions_total{status=\""
                                    + status.name().toLowerCase(java.util.Locale.ROOT)
                                    + "\"} 0.0");
        }
        assertThat(registry.scrape())
                .contains("newsflow_identity_decisions_total{status=\"syndicated_copy\"} 1.0");
    }

    @Test
    void everyKnownSeriesExistsAtZeroBeforeTraffic() {
        // they appeared with the first tag or dead letter: absent() alerts and rate() saw nothing
        String before = registry.scrape();

        assertThat(before)
                .contains("newsflow_topic_tags_total 0.0")
                .contains("newsflow_tagged_articles_total{tagger=\"entities\"} 0.0")
                .contains("newsflow_tagged_articles_total{tagger=\"topics\"} 0.0");
        for (EntityType type : EntityType.values()) {
            assertThat(before)
                    .contains(
                            "newsflow_entity_tags_total{type=\""
                                    + type.name().toLowerCase(java.util.Locale.ROOT)
                                    + "\"} 0.0");
        }
        for (String stage :
                List.of(
                        "parse",
                        "normalize",
                        "identify",
                        "detect-language",
                        "tag-entities",
                        "tag-topics",
                        "write")) {
            assertThat(before).contains("newsflow_dlq_records_total{stage=\"" + stage + "\"} 0.0");
        }
    }

    @Test
    void countsDeadLettersByStage() {
        meters.deadLettered("parse");
        meters.deadLettered("parse");
        meters.deadLettered(null);

        assertThat(registry.scrape())
                .contains("newsflow_dlq_records_total{stage=\"parse\"} 2.0")
                .contains("newsflow_dlq_records_total{stage=\"unknown\"} 1.0");
    }
}
