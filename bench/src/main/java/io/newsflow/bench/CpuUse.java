package io.newsflow.bench;

import java.lang.management.ManagementFactory;

/**
 * The CPU this JVM used over a measured window (broker, clients, Streams and harness together, as
 * in {@code newsflow run}): per record, and as cores busy on average. A rate ratio alone cannot say
 * whether a contender was held back by the cores (cores busy near the machine's count) or by
 * something serial, such as one stream thread or a wait on the broker (cores left idle).
 *
 * @param microsPerRecord CPU microseconds per record processed in the window
 * @param coresBusy CPU time over wall time: 2.0 means two cores busy throughout
 */
public record CpuUse(double microsPerRecord, double coresBusy) {

    /** Starts a window now. */
    public static Window start() {
        return new Window(System.nanoTime(), processCpuNanos());
    }

    /** The use over a window of {@code wallNanos} in which {@code cpuNanos} were spent. */
    static CpuUse of(long cpuNanos, long wallNanos, long records) {
        if (cpuNanos < 0 || wallNanos <= 0 || records <= 0) {
            return new CpuUse(Double.NaN, Double.NaN);
        }
        return new CpuUse(cpuNanos / 1e3 / records, cpuNanos / (double) wallNanos);
    }

    /** CPU nanoseconds this JVM has used so far, or -1 where the JVM does not say. */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    /** A window's start: wall clock and the JVM's CPU time. */
    public record Window(long wallStartNanos, long cpuStartNanos) {
        /** Ends the window now; {@code records} were processed in it. */
        public CpuUse end(long records) {
            long cpu = processCpuNanos();
            return of(
                    cpu < 0 || cpuStartNanos < 0 ? -1 : cpu - cpuStartNanos,
                    System.nanoTime() - wallStartNanos,
                    records);
        }
    }
}
