package io.newsflow.broker;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/** A topic newsflow needs: its name, partitions, replication and topic-level configs. */
public record TopicSpec(
        String name, int partitions, short replicationFactor, Map<String, String> configs) {
    public TopicSpec {
        requireNonNull(name, "name");
        configs = configs == null ? Map.of() : Map.copyOf(configs);
    }

    public static TopicSpec compacted(String name, int partitions, short replicationFactor) {
        return new TopicSpec(
                name, partitions, replicationFactor, Map.of("cleanup.policy", "compact"));
    }

    public static TopicSpec deleting(String name, int partitions, short replicationFactor) {
        return new TopicSpec(
                name, partitions, replicationFactor, Map.of("cleanup.policy", "delete"));
    }
}
