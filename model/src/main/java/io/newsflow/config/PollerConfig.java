package io.newsflow.config;

import java.time.Duration;

/** The feed poller's bounds: how often feeds may be polled at the least and at the most. */
public record PollerConfig(Duration minInterval, Duration maxInterval) implements ConfigPart {
    public PollerConfig {
        minInterval = minInterval == null ? Duration.ofMinutes(2) : minInterval;
        maxInterval = maxInterval == null ? Duration.ofHours(6) : maxInterval;
    }

    public static PollerConfig defaults() {
        return new PollerConfig(null, null);
    }

    @Override
    public void validate(String path, Problems problems) {
        problems.require(
                minInterval.compareTo(maxInterval) <= 0,
                path + ".minInterval",
                "must not exceed maxInterval (" + Durations.format(maxInterval) + ")");
        problems.require(
                !minInterval.isNegative() && !minInterval.isZero(),
                path + ".minInterval",
                "must be positive");
    }
}
