package io.newsflow.app.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.Entity;
import io.newsflow.model.EntityType;
import io.newsflow.model.IdentityEvent;
import io.newsflow.model.IdentityStatus;
import io.newsflow.model.Origin;
import io.newsflow.processors.EnrichmentTopology;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * newsflow's own series about what the pipeline published, in Prometheus naming ({@code
 * newsflow_…_total}, {@code _seconds}). Fed by {@link PipelineTap} from the committed output
 * topics; every label has a small, bounded set of values (statuses, language codes, entity types,
 * stage names), never ids or URLs.
 */
public final class PipelineMeters {
    /** Language label of records enriched before (or without) the language step. */
    static final String NO_LANGUAGE = "none";

    private static final String TOPICS = "topics";
    private static final String ENTITIES = "entities";

    /** Buckets fitting both a live feed (seconds) and the pipeline itself (milliseconds). */
    private static final Duration[] LATENCY_BUCKETS = {
        Duration.ofMillis(10),
        Duration.ofMillis(25),
        Duration.ofMillis(50),
        Duration.ofMillis(100),
        Duration.ofMillis(250),
        Duration.ofMillis(500),
        Duration.ofSeconds(1),
        Duration.ofMillis(2500),
        Duration.ofSeconds(5),
        Duration.ofSeconds(10),
        Duration.ofSeconds(30),
        Duration.ofSeconds(60),
        Duration.ofMinutes(5)
    };

    private final MeterRegistry registry;

    public PipelineMeters(MeterRegistry registry) {
        this.registry = registry;
        // Known label values exist from the start, so rate() and absent() work before traffic;
        // languages are open-ended and appear with their first article.
        for (IdentityStatus status : IdentityStatus.values()) {
            identityDecisions(status);
        }
        for (Origin origin : Origin.values()) {
            latency(origin);
        }
        topicTags();
        taggedArticles(TOPICS);
        taggedArticles(ENTITIES);
        for (EntityType type : EntityType.values()) {
            entityTags(type.name().toLowerCase(Locale.ROOT));
        }
        for (String stage : EnrichmentTopology.STAGES) {
            deadLetters(stage);
        }
    }

    /**
     * One record that reached {@code news.articles.enriched}.
     *
     * @param visibleAt when the record became readable to {@code read_committed} consumers
     * @param publishedToKafkaAt the Kafka timestamp of the raw record, which Streams carries over
     */
    public void enriched(EnrichedArticle article, Instant visibleAt, Instant publishedToKafkaAt) {
        String language =
                article.language() == null
                        ? NO_LANGUAGE
                        : article.language().code().toLowerCase(Locale.ROOT);
        Counter.builder("newsflow.enriched.articles")
                .description("Articles published on news.articles.enriched, by detected language")
                .tag("language", language)
                .register(registry)
                .increment();
        if (article.topics() != null) {
            topicTags().increment(article.topics().size());
            if (!article.topics().isEmpty()) {
                taggedArticles(TOPICS).increment();
            }
        }
        if (article.entities() != null) {
            for (Entity entity : article.entities()) {
                entityTags(
                                entity.type() == null
                                        ? "unknown"
                                        : entity.type().name().toLowerCase(Locale.ROOT))
                        .increment();
            }
            if (!article.entities().isEmpty()) {
                taggedArticles(ENTITIES).increment();
            }
        }
        Origin origin =
                article.article().origin() == null ? Origin.FEED : article.article().origin();
        Instant start = latencyStart(article, publishedToKafkaAt);
        if (start != null) {
            Duration latency = Duration.between(start, visibleAt);
            latency(origin).record(latency.isNegative() ? Duration.ZERO : latency);
        }
    }

    /**
     * Where end-to-end latency starts: {@code fetchedAt} for an article polled from a live feed;
     * for a replayed one its {@code fetchedAt} is history, so the moment it was published to Kafka.
     */
    static Instant latencyStart(EnrichedArticle article, Instant publishedToKafkaAt) {
        Instant fetchedAt = article.article().fetchedAt();
        if (article.article().origin() == Origin.FEED && fetchedAt != null) {
            return fetchedAt;
        }
        return publishedToKafkaAt;
    }

    /** One decision published on {@code news.articles.identity}. */
    public void identity(IdentityEvent event) {
        if (event.identity().status() != null) {
            identityDecisions(event.identity().status()).increment();
        }
    }

    /** One record dead-lettered by {@code stage}. */
    public void deadLettered(String stage) {
        deadLetters(stage == null || stage.isBlank() ? "unknown" : stage).increment();
    }

    private Counter deadLetters(String stage) {
        return Counter.builder("newsflow.dlq.records")
                .description("Records sent to news.dlq, by the stage that rejected them")
                .tag("stage", stage)
                .register(registry);
    }

    private Counter entityTags(String type) {
        return Counter.builder("newsflow.entity.tags")
                .description("Entities tagged on enriched articles, by entity type")
                .tag("type", type)
                .register(registry);
    }

    /** A record on an output topic that the tap could not read (a producer outside newsflow). */
    public void unreadable(String topic) {
        Counter.builder("newsflow.metrics.tap.unreadable.records")
                .description("Records on the output topics the metrics tap could not parse")
                .tag("topic", topic)
                .register(registry)
                .increment();
    }

    private Counter identityDecisions(IdentityStatus status) {
        return Counter.builder("newsflow.identity.decisions")
                .description("Identity decisions published on news.articles.identity, by kind")
                .tag("status", status.name().toLowerCase(Locale.ROOT))
                .register(registry);
    }

    private Counter topicTags() {
        return Counter.builder("newsflow.topic.tags")
                .description("IPTC media topics tagged on enriched articles")
                .register(registry);
    }

    private Counter taggedArticles(String tagger) {
        return Counter.builder("newsflow.tagged.articles")
                .description("Enriched articles with at least one tag, by tagger")
                .tag("tagger", tagger)
                .register(registry);
    }

    private Timer latency(Origin origin) {
        return Timer.builder("newsflow.end.to.end.latency")
                .description(
                        "From fetch (live feeds) or publication to Kafka (replays) until the enriched"
                                + " record is readable by read_committed consumers")
                .tag("origin", origin.name().toLowerCase(Locale.ROOT))
                .serviceLevelObjectives(LATENCY_BUCKETS)
                .register(registry);
    }
}
