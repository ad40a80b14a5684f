package io.newsflow.kafka;

import static java.util.Objects.requireNonNull;

import org.apache.kafka.common.serialization.Serde;

/**
 * A Kafka topic with the serdes of its key and value, so producers, consumers and the topology can
 * never disagree on a topic's format. {@code compacted} says which cleanup policy newsflow creates
 * it with.
 */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde, boolean compacted) {
    public Topic {
        requireNonNull(name, "name");
        requireNonNull(keySerde, "keySerde");
        requireNonNull(valueSerde, "valueSerde");
    }

    /** The same topic under a name prefix, e.g. {@code staging.} → {@code staging.news.dlq}. */
    public Topic<K, V> withPrefix(String prefix) {
        return prefix == null || prefix.isEmpty()
                ? this
                : new Topic<>(prefix + name, keySerde, valueSerde, compacted);
    }
}
