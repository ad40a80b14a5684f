package io.newsflow.processors.entities;

import io.newsflow.config.EntitiesConfig;
import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.Language;
import io.newsflow.processors.EnrichmentStep;

/**
 * The tag-entities step: the people, organisations and places of an article, linked to Wikidata
 * where the gazetteer knows them. It tags {@code RawArticle.fullText()} of the normalized article
 * (title, summary and content joined by blank lines), and every mention's offsets point into that
 * string. Records the gazetteer, model and rules versions under {@code versions.entities}.
 */
public final class EntityStep implements EnrichmentStep {
    public static final String NAME = "tag-entities";

    private final EntityTagger tagger;

    public EntityStep(EntityTagger tagger) {
        this.tagger = tagger;
    }

    /** The step with the resources shipped on the classpath (about a second to load). */
    public static EntityStep builtIn() {
        return new EntityStep(EntityTagger.builtIn());
    }

    /**
     * The step as configured: the shipped resources, with or without the name finder, or a step
     * that tags nothing when entities are switched off.
     */
    public static EnrichmentStep of(EntitiesConfig config) {
        if (!config.enabled()) {
            return EnrichmentStep.none(NAME);
        }
        EntityTagger tagger = EntityTagger.builtIn();
        return new EntityStep(config.nameFinder() ? tagger : tagger.withoutNameFinder());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public EnrichedArticle apply(EnrichedArticle article) {
        String text = article.article().fullText();
        return article.withEntities(tagger.tag(text, languageOf(article)))
                .withVersion("entities", tagger.version());
    }

    /** The detected language when known, else the feed's declared one, else {@code null}. */
    static String languageOf(EnrichedArticle article) {
        Language detected = article.language();
        if (detected != null && detected.isKnown()) {
            return detected.code();
        }
        String hint = article.article().languageHint();
        return hint == null || hint.isBlank()
                ? null
                : hint.toLowerCase(java.util.Locale.ROOT).split("[-_]")[0];
    }
}
