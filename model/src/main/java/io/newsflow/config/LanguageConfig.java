package io.newsflow.config;

import java.util.List;

/** Language detection: the allow-list of languages the detector may answer. */
public record LanguageConfig(List<String> languages) implements ConfigPart {
    public LanguageConfig {
        languages = languages == null ? List.of() : List.copyOf(languages);
    }

    public static LanguageConfig defaults() {
        return new LanguageConfig(null);
    }

    @Override
    public void validate(String path, Problems problems) {
        for (String code : languages) {
            problems.require(
                    code != null && code.matches("[a-z]{2,3}"),
                    path + ".languages",
                    "'" + code + "' is not an ISO 639-1 or 639-3 code");
        }
    }
}
