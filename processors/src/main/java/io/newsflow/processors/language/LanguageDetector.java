package io.newsflow.processors.language;

import io.newsflow.config.LanguageConfig;
import io.newsflow.model.Language;
import io.newsflow.model.RawArticle;
import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Detects the language of news text among an allow-list of languages, using the text, the feed's
 * declared language and, between Indonesian and Malay, a lexical discriminator. Built once per
 * application (the model takes about a second and 40 MB); immutable and thread-safe.
 */
public final class LanguageDetector {
    /** Changes whenever the model, the lexicon or the way evidence is combined changes. */
    public static final String VERSION = OpenNlpLanguageModel.VERSION + "+rules-1";

    private final OpenNlpLanguageModel model;
    private final Set<String> languages;
    private final IndonesianMalayLexicon lexicon;
    private final EvidenceCombiner combiner;
    private final int maxChars;
    private final int minLetters;

    private LanguageDetector(
            OpenNlpLanguageModel model,
            Set<String> languages,
            IndonesianMalayLexicon lexicon,
            LanguageConfig config) {
        this.model = model;
        this.languages = Set.copyOf(languages);
        this.lexicon = lexicon;
        this.combiner = new EvidenceCombiner(config.hintBoost(), config.minConfidence());
        this.maxChars = config.maxChars();
        this.minLetters = config.minLetters();
    }

    /**
     * Loads the model and lexicon for the configured allow-list (the default news set when it is
     * empty).
     *
     * @throws IllegalArgumentException naming every configured language the model cannot answer
     */
    public static LanguageDetector load(LanguageConfig config) {
        OpenNlpLanguageModel model = OpenNlpLanguageModel.load();
        Set<String> languages = allowList(config, model);
        return new LanguageDetector(model, languages, IndonesianMalayLexicon.load(), config);
    }

    private static Set<String> allowList(LanguageConfig config, OpenNlpLanguageModel model) {
        if (config.languages().isEmpty()) {
            return DefaultLanguages.of(model);
        }
        var allowed = new TreeSet<String>();
        var unknown = new ArrayList<String>();
        for (String configured : config.languages()) {
            Optional<String> code = LanguageCodes.normalize(configured);
            if (code.isPresent() && model.codes().contains(code.get())) {
                allowed.add(code.get());
            } else {
                unknown.add(configured);
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(
                    "language.languages: the language model cannot detect "
                            + unknown
                            + "; remove them or choose from "
                            + model.codes());
        }
        return allowed;
    }

    /** The allow-list in force, as newsflow codes. */
    public Set<String> languages() {
        return new TreeSet<>(languages);
    }

    public Language detect(RawArticle article) {
        return detect(DetectionText.of(article, maxChars), article.languageHint());
    }

    /**
     * @param text any text: a title, a paragraph, a whole article (only the first {@code maxChars}
     *     characters are read)
     * @param declaredLanguage the feed's language tag in any common form, or null
     */
    public Language detect(String text, String declaredLanguage) {
        return detect(DetectionText.of(text, maxChars), declaredLanguage);
    }

    private Language detect(DetectionText text, String declaredLanguage) {
        if (text.letters() < minLetters) {
            return Language.UNKNOWN;
        }
        Map<String, Double> probabilities = model.probabilities(text.text(), languages);
        double malayLogOdds =
                mayBeIndonesianOrMalay(probabilities) ? lexicon.malayLogOdds(text.wider()) : 0.0;
        return combiner.combine(
                probabilities,
                text.text().length(),
                LanguageCodes.normalize(declaredLanguage),
                malayLogOdds);
    }

    /** Only worth reading word by word when id or ms is among the model's first three. */
    private static boolean mayBeIndonesianOrMalay(Map<String, Double> probabilities) {
        Double id = probabilities.get("id");
        Double ms = probabilities.get("ms");
        if (id == null || ms == null) {
            return false;
        }
        double third = Math.min(id, ms);
        int above = 0;
        for (double p : probabilities.values()) {
            if (p > third) {
                above++;
            }
        }
        return above <= 2;
    }
}
