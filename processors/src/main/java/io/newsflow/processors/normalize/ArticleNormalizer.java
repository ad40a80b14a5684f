package io.newsflow.processors.normalize;

import io.newsflow.model.CanonicalUrls;
import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.RawArticle;
import io.newsflow.processors.EnrichmentStep;

/**
 * The normalize step: clean title, summary and content with {@link TextNormalizer}, and set the
 * canonical URL where the article has a URL but no canonical form yet. Text offsets reported by
 * later steps refer to this normalized text.
 */
public final class ArticleNormalizer implements EnrichmentStep {
    public static final String NAME = "normalize";
    public static final String VERSION = "2";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public EnrichedArticle apply(EnrichedArticle enriched) {
        RawArticle a = enriched.article();
        RawArticle clean =
                a.withText(
                        TextNormalizer.normalizeLine(a.title()),
                        TextNormalizer.normalize(a.summary()),
                        TextNormalizer.normalize(a.content()));
        if (clean.canonicalUrl() == null && clean.url() != null) {
            clean = clean.withCanonicalUrl(CanonicalUrls.canonicalize(clean.url()).orElse(null));
        }
        return enriched.withArticle(clean).withVersion("normalizer", VERSION);
    }
}
