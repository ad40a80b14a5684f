package io.newsflow.processors.language;

import io.newsflow.config.LanguageConfig;
import io.newsflow.model.EnrichedArticle;
import io.newsflow.processors.EnrichmentStep;

/**
 * The detect-language step: sets {@code language} on every article ({@code und} when the text gives
 * too little evidence) and records the detector's version. Built once per application and shared by
 * every stream thread.
 */
public final class LanguageStep implements EnrichmentStep {
    public static final String NAME = "detect-language";

    private final LanguageDetector detector;

    public LanguageStep(LanguageDetector detector) {
        this.detector = detector;
    }

    /** Loads the model for the configured allow-list: about a second, once per application. */
    public static LanguageStep load(LanguageConfig config) {
        return new LanguageStep(LanguageDetector.load(config));
    }

    public LanguageDetector detector() {
        return detector;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public EnrichedArticle apply(EnrichedArticle article) {
        return article.withLanguage(detector.detect(article.article()))
                .withVersion("language", LanguageDetector.VERSION);
    }
}
