package io.newsflow.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples the peak heap in use and the peak resident set size of this JVM (broker, Streams and
 * harness together, as in {@code newsflow run}) every 200 ms until closed.
 */
final class MemorySampler implements AutoCloseable {
    private static final Path STATUS = Path.of("/proc/self/status");

    private final AtomicLong peakHeap = new AtomicLong();
    private final AtomicLong peakRss = new AtomicLong();
    private final Thread thread;
    private volatile boolean closed;

    MemorySampler() {
        thread = new Thread(this::loop, "bench-memory");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        var memory = ManagementFactory.getMemoryMXBean();
        while (!closed) {
            peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
            peakRss.accumulateAndGet(rssBytes(), Math::max);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    long peakHeapMiB() {
        return peakHeap.get() / (1024 * 1024);
    }

    /** Peak RSS in MiB, or -1 where {@code /proc} does not exist. */
    long peakRssMiB() {
        long rss = peakRss.get();
        return rss <= 0 ? -1 : rss / (1024 * 1024);
    }

    static long rssBytes() {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: report no RSS
        }
        return -1;
    }

    @Override
    public void close() throws InterruptedException {
        closed = true;
        thread.interrupt();
        thread.join(1_000);
    }
}
