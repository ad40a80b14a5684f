package io.newsflow.app.metrics;

import java.time.Duration;
import java.util.Optional;
import org.slf4j.event.Level;

/**
 * The log lines of a broker outage, from the answers of successive checks: one when it starts, one
 * every {@link #REMIND} while it lasts, one when it ends. Not thread-safe: one checker feeds it.
 */
final class BrokerOutage {
    static final Duration REMIND = Duration.ofMinutes(5);

    /** A line to log. */
    record Notice(Level level, String message) {}

    private final String bootstrapServers;
    private long downSinceNanos = -1;
    private long remindAtNanos;

    BrokerOutage(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** What to log after a check that found the cluster {@code up} at {@code nowNanos}. */
    Optional<Notice> observe(boolean up, long nowNanos) {
        if (up) {
            if (downSinceNanos < 0) {
                return Optional.empty();
            }
            Duration outage = Duration.ofNanos(nowNanos - downSinceNanos);
            downSinceNanos = -1;
            return notice(
                    Level.INFO,
                    "answers again after about "
                            + seconds(outage)
                            + "; work resumes where it stopped");
        }
        if (downSinceNanos < 0) {
            downSinceNanos = nowNanos;
            remindAtNanos = nowNanos + REMIND.toNanos();
            return notice(
                    Level.WARN,
                    "does not answer: newsflow waits and retries; check that the broker is running"
                            + " and reachable from here");
        }
        if (nowNanos - remindAtNanos >= 0) {
            remindAtNanos = nowNanos + REMIND.toNanos();
            return notice(
                    Level.WARN,
                    "has not answered for "
                            + seconds(Duration.ofNanos(nowNanos - downSinceNanos))
                            + "; still waiting");
        }
        return Optional.empty();
    }

    private Optional<Notice> notice(Level level, String what) {
        return Optional.of(new Notice(level, "Kafka at " + bootstrapServers + " " + what));
    }

    private static String seconds(Duration d) {
        long s = Math.max(1, Math.round(d.toMillis() / 1000.0));
        return s < 120 ? s + " s" : (s / 60) + " min";
    }
}
