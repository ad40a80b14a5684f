package io.newsflow.processors;

import io.newsflow.config.IdentityConfig;
import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.RawArticle;
import io.newsflow.processors.identity.Identified;
import io.newsflow.processors.identity.IdentityLedger;
import io.newsflow.processors.identity.IdentityStep;
import java.time.Instant;
import java.util.List;

/**
 * The enrichment steps without a broker, for {@code newsflow enrich}: the same parse, validation
 * and step instances as {@link EnrichmentTopology}, applied in the same order to one record at a
 * time.
 */
public final class BatchEnricher {
    private final EnrichmentStep normalize;
    private final IdentityStep identity;
    private final List<EnrichmentStep> steps;

    /** With the identity ledger's default settings, remembering articles in memory. */
    public BatchEnricher(Enrichers enrichers) {
        this(enrichers, new IdentityStep(IdentityConfig.defaults(), IdentityLedger.inMemory()));
    }

    /** With an identity step, e.g. {@code new IdentityStep(config.identity(), inMemory())}. */
    public BatchEnricher(Enrichers enrichers, IdentityStep identity) {
        this.normalize = enrichers.normalize();
        this.identity = identity;
        this.steps = List.of(enrichers.language(), enrichers.entities(), enrichers.topics());
    }

    /**
     * The enriched article, or the failure that would have sent it to the dead-letter topic, or
     * {@code null} when the identity step keeps it off the enriched output (a duplicate in mode
     * {@code drop}). Identity time is the article's {@code fetchedAt}, else {@code publishedAt}.
     */
    public Envelope enrich(String key, byte[] value) {
        Envelope envelope = ArticleParser.parse(key, value).then(normalize);
        Identified identified = identity.identify(key, envelope, timeOf(envelope));
        if (!identified.forwarded()) {
            return null;
        }
        envelope = identified.envelope();
        for (EnrichmentStep step : steps) {
            envelope = envelope.then(step);
        }
        return envelope;
    }

    private static Instant timeOf(Envelope envelope) {
        if (envelope.isFailed()) {
            return Instant.EPOCH;
        }
        RawArticle a = envelope.article().article();
        return a.fetchedAt() != null
                ? a.fetchedAt()
                : a.publishedAt() != null ? a.publishedAt() : Instant.EPOCH;
    }

    /** Enriches one raw JSON line; the key is the article's own id, as a producer would set it. */
    public Envelope enrichJson(byte[] rawJson) {
        return enrich(keyOf(rawJson), rawJson);
    }

    private static String keyOf(byte[] rawJson) {
        try {
            return Codecs.RAW.deserialize(null, rawJson).articleId();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Convenience for tests and tools: the article, or an exception describing the failure. */
    public EnrichedArticle enrichOrThrow(byte[] rawJson) {
        Envelope e = enrichJson(rawJson);
        if (e == null) {
            throw new IllegalArgumentException("dropped by the identity step as a duplicate");
        }
        if (e.isFailed()) {
            throw new IllegalArgumentException(e.failure().stage() + ": " + e.failure().message());
        }
        return e.article();
    }
}
