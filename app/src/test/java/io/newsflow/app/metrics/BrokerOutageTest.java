package io.newsflow.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

class BrokerOutageTest {
    private static final long SECOND = Duration.ofSeconds(1).toNanos();

    @Test
    void anOutageIsOneWarningWhenItStartsAndOneLineWhenItEnds() {
        var notices = new ArrayList<BrokerOutage.Notice>();
        var outage = new BrokerOutage("kafka-1:9092");
        long t = 1_000 * SECOND;
        for (boolean up : List.of(true, true, false, false, false, true, true)) {
            outage.observe(up, t).ifPresent(notices::add);
            t += 5 * SECOND;
        }

        assertThat(notices)
                .extracting(BrokerOutage.Notice::level)
                .containsExactly(Level.WARN, Level.INFO);
        assertThat(notices.get(0).message())
                .contains("Kafka at kafka-1:9092 does not answer")
                .contains("check that the broker is running");
        assertThat(notices.get(1).message()).contains("answers again after about 15 s");
    }

    @Test
    void aLongOutageIsRecalledEveryFiveMinutesNotEveryCheck() {
        var notices = new ArrayList<BrokerOutage.Notice>();
        var outage = new BrokerOutage("kafka-1:9092");
        long start = 50 * SECOND;
        for (long s = 0; s <= 12 * 60; s += 5) { // twelve minutes of failed checks
            outage.observe(false, start + s * SECOND).ifPresent(notices::add);
        }
        outage.observe(true, start + 12 * 60 * SECOND + 5 * SECOND).ifPresent(notices::add);

        assertThat(notices).hasSize(4);
        assertThat(notices.get(1).message()).contains("has not answered for 5 min");
        assertThat(notices.get(2).message()).contains("has not answered for 10 min");
        assertThat(notices.get(3).message()).contains("answers again after about 12 min");
    }

    @Test
    void aClusterThatAnswersLogsNothing() {
        var outage = new BrokerOutage("kafka-1:9092");
        for (int i = 0; i < 100; i++) {
            assertThat(outage.observe(true, i * 5 * SECOND)).isEmpty();
        }
    }
}
