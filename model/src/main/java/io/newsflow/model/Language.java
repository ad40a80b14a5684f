package io.newsflow.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * The language of an article: an ISO 639-1 code (639-3 where no 639-1 code exists), the detector's
 * confidence in it, and the runners-up. {@code und} when there is not enough evidence.
 */
public record Language(String code, double confidence, List<LanguageScore> alternatives) {
    public static final String UNDETERMINED = "und";
    public static final Language UNKNOWN = new Language(UNDETERMINED, 0.0, List.of());

    public Language {
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
    }

    @JsonIgnore
    public boolean isKnown() {
        return !UNDETERMINED.equals(code);
    }

    /** A candidate language and its confidence. */
    public record LanguageScore(String code, double confidence) {}
}
