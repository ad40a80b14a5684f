package io.newsflow.bench;

/**
 * What one contender did: the bulk phase (all articles published as fast as possible while the
 * application processes them) and the latency phase (a fixed offered rate).
 *
 * @param articles articles in the bulk phase
 * @param replaySeconds time to publish them all (acknowledged by the broker)
 * @param processSeconds time from the first publish until the application had committed all
 * @param throughput articles per second over {@code processSeconds}
 * @param cpuMicrosPerArticle CPU of the whole JVM (broker, publishing producer, Streams) per
 *     article over {@code processSeconds}; publishing costs both contenders the same
 * @param coresBusy the JVM's CPU time over {@code processSeconds}: near the core count, the
 *     contender was held back by the cores; well below, by something serial
 * @param offeredRate articles per second offered in the latency phase
 * @param latencySamples enriched records measured in the latency phase
 * @param p50Millis end-to-end latency percentiles: publish to raw → readable (read_committed) on
 *     the output topic
 * @param peakHeapMiB peak heap in use during this contender (broker included)
 * @param peakRssMiB peak resident set size during this contender (broker included)
 */
record ContenderResult(
        String contender,
        long articles,
        double replaySeconds,
        double processSeconds,
        double throughput,
        double cpuMicrosPerArticle,
        double coresBusy,
        int offeredRate,
        int latencySamples,
        long p50Millis,
        long p95Millis,
        long p99Millis,
        long maxMillis,
        long peakHeapMiB,
        long peakRssMiB) {}
