package io.newsflow.processors;

import io.newsflow.model.EnrichedArticle;
import java.util.function.Predicate;

/**
 * A detect-language step for tests that throws {@value #MESSAGE} on the articles {@code crashesOn}
 * accepts (asked at each call, so a test can "fix" it) and passes the others through: the
 * dead-letter paths of a step failing after identity, without a real bug.
 */
public record CrashingLanguageStep(Predicate<EnrichedArticle> crashesOn) implements EnrichmentStep {
    public static final String MESSAGE = "detector crashed";

    @Override
    public String name() {
        return "detect-language";
    }

    @Override
    public EnrichedArticle apply(EnrichedArticle article) {
        if (crashesOn.test(article)) {
            throw new IllegalStateException(MESSAGE);
        }
        return article;
    }

    /** Normalize, this step, and no entities or topics. */
    public Enrichers alone() {
        return new Enrichers(
                new io.newsflow.processors.normalize.ArticleNormalizer(),
                this,
                EnrichmentStep.none("tag-entities"),
                EnrichmentStep.none("tag-topics"));
    }
}
