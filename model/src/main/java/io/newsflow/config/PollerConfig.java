package io.newsflow.config;

import java.time.Duration;

/**
 * The feed poller's settings: how often feeds may be polled at the least and at the most, how far a
 * publisher may push it (limits, timeouts, redirects), how polite it is per host, and how much work
 * it does at once. Every field has a default; tests shorten the intervals.
 *
 * @param minInterval the shortest interval between two polls of one feed
 * @param maxInterval the longest interval, also the cap of failure backoff
 * @param initialInterval the interval a newly subscribed feed starts with
 * @param retryBase the first backoff after a failure; doubled per consecutive failure
 * @param connectTimeout TCP/TLS connect timeout
 * @param requestTimeout total time for one fetch including redirects and the body
 * @param maxBodyBytes cap on the bytes received for one response (compressed)
 * @param maxDecompressedBytes cap on the bytes after gzip/deflate decoding
 * @param maxRedirects how many redirects one fetch may follow
 * @param hostGap minimum time between the end of one request to a host and the next one
 * @param concurrency how many fetches may be in flight at once (each hanging server holds one)
 * @param recentItems how many recently published item keys are remembered per feed
 * @param userAgent the User-Agent header, naming newsflow and where to learn about it
 */
public record PollerConfig(
        Duration minInterval,
        Duration maxInterval,
        Duration initialInterval,
        Duration retryBase,
        Duration connectTimeout,
        Duration requestTimeout,
        Long maxBodyBytes,
        Long maxDecompressedBytes,
        Integer maxRedirects,
        Duration hostGap,
        Integer concurrency,
        Integer recentItems,
        String userAgent)
        implements ConfigPart {

    public static final long MIB = 1024L * 1024L;
    public static final String DEFAULT_USER_AGENT =
            "newsflow/0.1 (feed poller; +https://github.com/newsflow/newsflow)";

    public PollerConfig {
        minInterval = minInterval == null ? Duration.ofMinutes(2) : minInterval;
        maxInterval = maxInterval == null ? Duration.ofHours(6) : maxInterval;
        initialInterval = initialInterval == null ? Duration.ofMinutes(15) : initialInterval;
        retryBase = retryBase == null ? Duration.ofMinutes(1) : retryBase;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(10) : connectTimeout;
        requestTimeout = requestTimeout == null ? Duration.ofSeconds(30) : requestTimeout;
        maxBodyBytes = maxBodyBytes == null ? 10 * MIB : maxBodyBytes;
        maxDecompressedBytes = maxDecompressedBytes == null ? 8 * MIB : maxDecompressedBytes;
        maxRedirects = maxRedirects == null ? 5 : maxRedirects;
        hostGap = hostGap == null ? Duration.ofSeconds(2) : hostGap;
        concurrency = concurrency == null ? 32 : concurrency;
        recentItems = recentItems == null ? 500 : recentItems;
        userAgent = userAgent == null || userAgent.isBlank() ? DEFAULT_USER_AGENT : userAgent;
    }

    public static PollerConfig defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder(
                new PollerConfig(
                        null, null, null, null, null, null, null, null, null, null, null, null,
                        null));
    }

    /** A copy to change a few settings, e.g. the short intervals of tests and benchmarks. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    @Override
    public void validate(String path, Problems problems) {
        problems.require(
                minInterval.compareTo(maxInterval) <= 0,
                path + ".minInterval",
                "must not exceed maxInterval (" + Durations.format(maxInterval) + ")");
        problems.require(positive(minInterval), path + ".minInterval", "must be positive");
        problems.require(positive(retryBase), path + ".retryBase", "must be positive");
        problems.require(positive(connectTimeout), path + ".connectTimeout", "must be positive");
        problems.require(positive(requestTimeout), path + ".requestTimeout", "must be positive");
        problems.require(!hostGap.isNegative(), path + ".hostGap", "must not be negative");
        problems.require(maxBodyBytes > 0, path + ".maxBodyBytes", "must be positive");
        problems.require(
                maxDecompressedBytes > 0, path + ".maxDecompressedBytes", "must be positive");
        problems.require(
                maxRedirects >= 0 && maxRedirects <= 20,
                path + ".maxRedirects",
                "must be between 0 and 20, was " + maxRedirects);
        problems.require(
                concurrency >= 1 && concurrency <= 1024,
                path + ".concurrency",
                "must be between 1 and 1024, was " + concurrency);
        problems.require(
                recentItems >= 10,
                path + ".recentItems",
                "must be at least 10, was " + recentItems);
    }

    private static boolean positive(Duration d) {
        return !d.isNegative() && !d.isZero();
    }

    /** Mutable assembly of a {@link PollerConfig}; unset fields keep their defaults. */
    public static final class Builder {
        private Duration minInterval;
        private Duration maxInterval;
        private Duration initialInterval;
        private Duration retryBase;
        private Duration connectTimeout;
        private Duration requestTimeout;
        private Long maxBodyBytes;
        private Long maxDecompressedBytes;
        private Integer maxRedirects;
        private Duration hostGap;
        private Integer concurrency;
        private Integer recentItems;
        private String userAgent;

        private Builder(PollerConfig c) {
            minInterval = c.minInterval;
            maxInterval = c.maxInterval;
            initialInterval = c.initialInterval;
            retryBase = c.retryBase;
            connectTimeout = c.connectTimeout;
            requestTimeout = c.requestTimeout;
            maxBodyBytes = c.maxBodyBytes;
            maxDecompressedBytes = c.maxDecompressedBytes;
            maxRedirects = c.maxRedirects;
            hostGap = c.hostGap;
            concurrency = c.concurrency;
            recentItems = c.recentItems;
            userAgent = c.userAgent;
        }

        public Builder intervals(Duration min, Duration initial, Duration max) {
            minInterval = min;
            initialInterval = initial;
            maxInterval = max;
            return this;
        }

        public Builder retryBase(Duration v) {
            retryBase = v;
            return this;
        }

        public Builder connectTimeout(Duration v) {
            connectTimeout = v;
            return this;
        }

        public Builder requestTimeout(Duration v) {
            requestTimeout = v;
            return this;
        }

        public Builder maxBodyBytes(long v) {
            maxBodyBytes = v;
            return this;
        }

        public Builder maxDecompressedBytes(long v) {
            maxDecompressedBytes = v;
            return this;
        }

        public Builder maxRedirects(int v) {
            maxRedirects = v;
            return this;
        }

        public Builder hostGap(Duration v) {
            hostGap = v;
            return this;
        }

        public Builder concurrency(int v) {
            concurrency = v;
            return this;
        }

        public Builder recentItems(int v) {
            recentItems = v;
            return this;
        }

        public Builder userAgent(String v) {
            userAgent = v;
            return this;
        }

        public PollerConfig build() {
            return new PollerConfig(
                    minInterval,
                    maxInterval,
                    initialInterval,
                    retryBase,
                    connectTimeout,
                    requestTimeout,
                    maxBodyBytes,
                    maxDecompressedBytes,
                    maxRedirects,
                    hostGap,
                    concurrency,
                    recentItems,
                    userAgent);
        }
    }
}
