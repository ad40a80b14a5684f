package io.newsflow.config;

/**
 * Entity tagging. {@code nameFinder} turns the statistical name finder on: it discovers names the
 * gazetteer lacks (reported with {@code wikidataId: null}) at about 2.6 times the CPU cost of the
 * gazetteer and title rules alone ({@code EntityBench}: 679 vs 1,766 articles/s with topics).
 */
public record EntitiesConfig(Boolean enabled, Boolean nameFinder) implements ConfigPart {
    public EntitiesConfig {
        enabled = enabled == null || enabled;
        nameFinder = nameFinder == null || nameFinder;
    }

    public static EntitiesConfig defaults() {
        return new EntitiesConfig(null, null);
    }

    @Override
    public void validate(String path, Problems problems) {}
}
