package io.newsflow.processors;

import io.newsflow.model.EnrichedArticle;

/**
 * One stateless enrichment step as a pure function: the same article in gives the same article out.
 * Steps never import Kafka; {@link EnrichmentTopology} and the broker-less {@code newsflow enrich}
 * command run the very same instances.
 *
 * <p>A step throws only when the record is unusable for it; the caller sends that record to the
 * dead-letter topic under the step's {@link #name()} and goes on with the next.
 */
public interface EnrichmentStep {
    /** The operator name in the topology and the {@code stage} header of dead letters. */
    String name();

    EnrichedArticle apply(EnrichedArticle article);

    /** A step that changes nothing, for slots whose capability is switched off. */
    static EnrichmentStep none(String name) {
        return new EnrichmentStep() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public EnrichedArticle apply(EnrichedArticle article) {
                return article;
            }
        };
    }
}
