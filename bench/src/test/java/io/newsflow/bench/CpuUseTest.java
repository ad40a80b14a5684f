package io.newsflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

class CpuUseTest {
    @Test
    void twoCoreSecondsOverOneSecondForAThousandRecords() {
        var use = CpuUse.of(2_000_000_000L, 1_000_000_000L, 1_000);

        assertThat(use.microsPerRecord()).isEqualTo(2_000.0);
        assertThat(use.coresBusy()).isEqualTo(2.0);
    }

    @Test
    void anUnmeasuredWindowIsNotANumberRatherThanZero() {
        assertThat(CpuUse.of(-1, 1_000, 10).microsPerRecord()).isNaN();
        assertThat(CpuUse.of(1_000, 1_000, 0).coresBusy()).isNaN();
    }

    @Test
    void aWindowCountsAtLeastTheCpuOfAThreadThatSpinsInIt() {
        var threads = ManagementFactory.getThreadMXBean();
        var window = CpuUse.start();
        long threadStart = threads.getCurrentThreadCpuTime();
        long spin = 0;
        while (threads.getCurrentThreadCpuTime() - threadStart < 100_000_000L) {
            spin += Long.numberOfTrailingZeros(spin + System.nanoTime());
        }

        CpuUse use = window.end(1);

        assertThat(spin).isPositive();
        // the JVM's CPU includes this thread's 100 ms, whatever else the machine is doing
        assertThat(use.microsPerRecord()).isGreaterThanOrEqualTo(100_000);
        assertThat(use.coresBusy()).isPositive();
    }
}
