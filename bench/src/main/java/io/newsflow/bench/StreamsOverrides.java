package io.newsflow.bench;

import java.util.Map;
import java.util.TreeMap;

/**
 * Kafka Streams settings given to a benchmark as JVM properties, {@code
 * -Dstreams.<property>=<value>}: the way to try a setting on every contender alike without a code
 * change.
 */
public final class StreamsOverrides {
    private static final String PREFIX = "streams.";

    private StreamsOverrides() {}

    /** Every {@code streams.*} system property, without the prefix. */
    public static Map<String, String> fromSystemProperties() {
        var overrides = new TreeMap<String, String>();
        System.getProperties()
                .forEach(
                        (key, value) -> {
                            if (key.toString().startsWith(PREFIX)) {
                                overrides.put(
                                        key.toString().substring(PREFIX.length()),
                                        value.toString());
                            }
                        });
        return overrides;
    }
}
