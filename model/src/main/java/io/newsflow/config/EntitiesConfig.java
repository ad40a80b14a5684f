package io.newsflow.config;

/**
 * Entity tagging. {@code nameFinder} turns the statistical name finder on: it discovers names the
 * gazetteer lacks (reported with {@code wikidataId: null}) at about three times the CPU cost of the
 * gazetteer and title rules alone (docs/entities.md).
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
