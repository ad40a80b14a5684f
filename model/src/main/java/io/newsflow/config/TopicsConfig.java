package io.newsflow.config;

import java.nio.file.Path;

/**
 * Topic tagging: whether it runs, the score an IPTC topic needs to be assigned, how many topics an
 * article may carry, and optionally a directory of rule files that replaces the built-in ones (same
 * layout, see {@code docs/topics.md}), so rules can be changed without a rebuild.
 */
public record TopicsConfig(
        Boolean enabled, Double threshold, Integer maxTopics, Path rulesDirectory)
        implements ConfigPart {

    /** Calibrated on short and long news in six languages; see {@code docs/topics.md}. */
    public static final double DEFAULT_THRESHOLD = 0.5;

    public static final int DEFAULT_MAX_TOPICS = 8;

    public TopicsConfig {
        enabled = enabled == null ? Boolean.TRUE : enabled;
        threshold = threshold == null ? DEFAULT_THRESHOLD : threshold;
        maxTopics = maxTopics == null ? DEFAULT_MAX_TOPICS : maxTopics;
    }

    public static TopicsConfig defaults() {
        return new TopicsConfig(null, null, null, null);
    }

    @Override
    public void validate(String path, Problems problems) {
        problems.require(
                threshold > 0.0 && threshold < 1.0,
                path + ".threshold",
                "must be between 0 and 1 (exclusive), was " + threshold);
        problems.require(
                maxTopics >= 1, path + ".maxTopics", "must be at least 1, was " + maxTopics);
    }
}
