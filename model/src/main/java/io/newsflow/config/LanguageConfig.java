package io.newsflow.config;

import java.util.List;

/**
 * Language detection: the allow-list of languages the detector may answer, how much text it reads,
 * and how it weighs evidence. The language step owns the meaning of the numbers; {@code null} picks
 * its default.
 *
 * @param languages the allow-list (ISO 639-1, or 639-3 where none exists); empty means the step's
 *     default news set (docs/language.md lists it)
 * @param maxChars how many characters of title + summary + content the character model reads;
 *     longer text is cut at a word boundary, for speed (word-level evidence reads further)
 * @param hintBoost how many times more likely the feed's declared language is made before the text
 *     is weighed; strong text evidence still overrules it
 * @param minConfidence below this confidence the answer is {@code und}, with the candidates kept as
 *     alternatives
 * @param minLetters text with fewer letters than this is {@code und} without asking the detector
 */
public record LanguageConfig(
        List<String> languages,
        Integer maxChars,
        Double hintBoost,
        Double minConfidence,
        Integer minLetters)
        implements ConfigPart {

    public static final int DEFAULT_MAX_CHARS = 600;
    public static final double DEFAULT_HINT_BOOST = 8.0;
    public static final double DEFAULT_MIN_CONFIDENCE = 0.25;
    public static final int DEFAULT_MIN_LETTERS = 3;

    public LanguageConfig {
        languages = languages == null ? List.of() : List.copyOf(languages);
        maxChars = maxChars == null ? DEFAULT_MAX_CHARS : maxChars;
        hintBoost = hintBoost == null ? DEFAULT_HINT_BOOST : hintBoost;
        minConfidence = minConfidence == null ? DEFAULT_MIN_CONFIDENCE : minConfidence;
        minLetters = minLetters == null ? DEFAULT_MIN_LETTERS : minLetters;
    }

    public static LanguageConfig defaults() {
        return new LanguageConfig(null, null, null, null, null);
    }

    /** Only an allow-list; every number at its default. */
    public static LanguageConfig allowing(List<String> languages) {
        return defaults().withLanguages(languages);
    }

    public LanguageConfig withLanguages(List<String> newLanguages) {
        return new LanguageConfig(newLanguages, maxChars, hintBoost, minConfidence, minLetters);
    }

    @Override
    public void validate(String path, Problems problems) {
        for (String code : languages) {
            problems.require(
                    code != null && code.matches("[a-z]{2,3}"),
                    path + ".languages",
                    "'" + code + "' is not an ISO 639-1 or 639-3 code");
        }
        problems.require(
                maxChars >= 20 && maxChars <= 100_000,
                path + ".maxChars",
                "must be between 20 and 100000, was " + maxChars);
        problems.require(
                hintBoost >= 1.0 && hintBoost <= 1000.0,
                path + ".hintBoost",
                "must be between 1 (ignore the feed's language) and 1000, was " + hintBoost);
        problems.require(
                minConfidence >= 0.0 && minConfidence < 1.0,
                path + ".minConfidence",
                "must be in [0, 1), was " + minConfidence);
        problems.require(
                minLetters >= 1 && minLetters <= 1000,
                path + ".minLetters",
                "must be between 1 and 1000, was " + minLetters);
    }
}
