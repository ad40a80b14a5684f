package io.newsflow.bench;

import java.nio.file.Path;

/**
 * How the benchmark runs.
 *
 * @param articles articles in each contender's bulk phase
 * @param rate articles per second offered in the latency phase
 * @param latencySeconds how long the latency phase offers them
 * @param partitions partitions of every topic
 * @param streamThreads Kafka Streams threads of each contender ({@code num.stream.threads})
 * @param seed seed of the generated corpus
 * @param warmUp whether a discarded pass-through run warms the broker and the JIT first
 * @param dataDir scratch directory of the broker and Streams state (deleted afterwards)
 * @param resultsDir where {@code bench-results.json} and {@code bench-results.md} go
 */
record BenchSettings(
        long articles,
        int rate,
        int latencySeconds,
        int partitions,
        int streamThreads,
        long seed,
        boolean warmUp,
        Path dataDir,
        Path resultsDir) {}
