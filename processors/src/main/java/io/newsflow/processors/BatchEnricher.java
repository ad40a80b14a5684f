package io.newsflow.processors;

import io.newsflow.model.EnrichedArticle;
import java.util.List;

/**
 * The enrichment steps without a broker, for {@code newsflow enrich}: the same parse, validation
 * and step instances as {@link EnrichmentTopology}, applied in the same order to one record at a
 * time.
 */
public final class BatchEnricher {
    private final List<EnrichmentStep> steps;

    public BatchEnricher(Enrichers enrichers) {
        this.steps =
                List.of(
                        enrichers.normalize(),
                        enrichers.language(),
                        enrichers.entities(),
                        enrichers.topics());
    }

    /** The enriched article, or the failure that would have sent it to the dead-letter topic. */
    public Envelope enrich(String key, byte[] value) {
        Envelope envelope = ArticleParser.parse(key, value);
        for (EnrichmentStep step : steps) {
            envelope = envelope.then(step);
        }
        return envelope;
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
        if (e.isFailed()) {
            throw new IllegalArgumentException(e.failure().stage() + ": " + e.failure().message());
        }
        return e.article();
    }
}
