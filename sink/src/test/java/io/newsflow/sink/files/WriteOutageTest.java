package io.newsflow.sink.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WriteOutageTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void reportsAnIncidentOnceHoweverOftenRetriesFail() {
        var outage = new WriteOutage();

        assertThat(outage.failed(T0)).isTrue();
        assertThat(outage.failed(T0.plusSeconds(1))).isFalse();
        assertThat(outage.failed(T0.plusSeconds(3))).isFalse();
        assertThat(outage.retries()).isEqualTo(2);
    }

    @Test
    void backsOffBetweenRetriesUpToThirtySeconds() {
        var outage = new WriteOutage();
        outage.failed(T0);
        assertThat(outage.retryDue(T0.plusMillis(999))).isFalse();
        assertThat(outage.retryDue(T0.plusSeconds(1))).isTrue();

        Instant now = T0;
        for (int i = 0; i < 10; i++) {
            now = now.plusSeconds(60);
            outage.failed(now);
        }

        assertThat(outage.retryDue(now.plusSeconds(29))).isFalse();
        assertThat(outage.retryDue(now.plusSeconds(30))).isTrue();
    }

    @Test
    void aNewIncidentIsReportedAfterRecovery() {
        var outage = new WriteOutage();
        outage.failed(T0);

        assertThat(outage.recovered(T0.plusSeconds(5))).isEqualTo(Duration.ofSeconds(5));
        assertThat(outage.active()).isFalse();
        assertThat(outage.failed(T0.plusSeconds(10))).isTrue();
    }
}
