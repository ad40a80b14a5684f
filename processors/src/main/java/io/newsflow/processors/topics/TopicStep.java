package io.newsflow.processors.topics;

import io.newsflow.config.TopicsConfig;
import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.Language;
import io.newsflow.model.RawArticle;
import io.newsflow.processors.EnrichmentStep;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code tag-topics} enrichment step: sets an article's IPTC Media Topics (best first, empty
 * when none is clear) and records the taxonomy and rules version under {@code versions.topics}.
 * Built once; immutable and shared by every stream thread.
 */
public final class TopicStep implements EnrichmentStep {
    public static final String NAME = "tag-topics";
    public static final String VERSION_KEY = "topics";

    private static final Logger LOG = LoggerFactory.getLogger(TopicStep.class);

    private final TopicClassifier classifier;

    public TopicStep(TopicClassifier classifier) {
        this.classifier = classifier;
    }

    /**
     * The step as configured: the built-in rules or those in {@code rulesDirectory}, or a step that
     * changes nothing when topics are switched off.
     */
    public static EnrichmentStep create(TopicsConfig config) {
        if (!config.enabled()) {
            return EnrichmentStep.none(NAME);
        }
        long start = System.nanoTime();
        RuleSource source =
                config.rulesDirectory() == null
                        ? RuleSource.builtIn()
                        : RuleSource.directory(config.rulesDirectory());
        TopicRules rules = TopicRules.load(source);
        LOG.info(
                "Loaded topic rules version={} from={} languages={} patterns={} in {} ms",
                rules.version(),
                source.describe(),
                rules.languages(),
                rules.patternCount(),
                (System.nanoTime() - start) / 1_000_000);
        return new TopicStep(new TopicClassifier(rules, config.threshold(), config.maxTopics()));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public EnrichedArticle apply(EnrichedArticle enriched) {
        RawArticle article = enriched.article();
        String body = joined(article.summary(), article.content());
        return enriched.withTopics(
                        classifier.classify(
                                article.title(), body, languageOf(enriched), enriched.entities()))
                .withVersion(VERSION_KEY, classifier.version());
    }

    /**
     * The detected language; without detection, the language the feed declared; {@code null} when
     * neither is known, so the classifier tries every language.
     */
    static String languageOf(EnrichedArticle enriched) {
        Language detected = enriched.language();
        if (detected != null) {
            return detected.isKnown() ? primary(detected.code()) : null;
        }
        String hint = enriched.article().languageHint();
        return hint == null || hint.isBlank() ? null : primary(hint);
    }

    /** "id-ID" and "en_US" name the languages id and en. */
    private static String primary(String tag) {
        String code = tag.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
        return code.isEmpty() || code.equals(Language.UNDETERMINED) ? null : code;
    }

    private static String joined(String summary, String content) {
        if (summary == null || summary.isBlank()) {
            return content == null ? "" : content;
        }
        if (content == null || content.isBlank() || content.contains(summary.strip())) {
            return content == null || content.isBlank() ? summary : content;
        }
        return summary + "\n\n" + content;
    }
}
