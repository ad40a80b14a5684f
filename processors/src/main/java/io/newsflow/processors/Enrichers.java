package io.newsflow.processors;

import io.newsflow.config.NewsflowConfig;
import io.newsflow.processors.entities.EntityStep;
import io.newsflow.processors.language.LanguageStep;
import io.newsflow.processors.normalize.ArticleNormalizer;
import io.newsflow.processors.topics.TopicStep;

/**
 * The stateless enrichment steps, built once per application instance and shared by every stream
 * thread (each step is immutable and thread-safe). The topology and {@code newsflow enrich} take
 * their steps from here, so both run the very same code.
 */
public record Enrichers(
        EnrichmentStep normalize,
        EnrichmentStep language,
        EnrichmentStep entities,
        EnrichmentStep topics) {

    /** The standard steps, loading their models and resources according to the configuration. */
    public static Enrichers standard(NewsflowConfig config) {
        return new Enrichers(
                new ArticleNormalizer(),
                LanguageStep.load(config.language()),
                EntityStep.of(config.entities()),
                TopicStep.create(config.topics()));
    }
}
