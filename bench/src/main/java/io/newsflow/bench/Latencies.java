package io.newsflow.bench;

import java.util.Arrays;

/** Collected latency samples in milliseconds and their percentiles (nearest rank). */
final class Latencies {
    private long[] samples = new long[1024];
    private int size;

    synchronized void add(long millis) {
        if (size == samples.length) {
            samples = Arrays.copyOf(samples, size * 2);
        }
        samples[size++] = Math.max(0, millis);
    }

    synchronized int count() {
        return size;
    }

    /** The p-th percentile (0 < p ≤ 100), or -1 without samples. */
    synchronized long percentile(double p) {
        if (size == 0) {
            return -1;
        }
        long[] sorted = Arrays.copyOf(samples, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size);
        return sorted[Math.min(size, Math.max(1, rank)) - 1];
    }
}
