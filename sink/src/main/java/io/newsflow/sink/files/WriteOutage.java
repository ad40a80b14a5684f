package io.newsflow.sink.files;

import java.time.Duration;
import java.time.Instant;

/**
 * The state of one incident in which the sink cannot write (full disk, unwritable directory): when
 * it began, when to try again (backing off from 1 s to 30 s), and whether it is still going. One
 * incident is reported once, when it begins, and once when it ends, however often the retries fail
 * in between.
 */
public final class WriteOutage {
    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    private static final Duration MAX_RETRY = Duration.ofSeconds(30);

    private Instant since;
    private Instant nextRetry;
    private Duration backoff = FIRST_RETRY;
    private int retries;

    /**
     * Notes a failure to write.
     *
     * @return true when this failure starts a new incident, which the caller reports
     */
    public boolean failed(Instant now) {
        boolean fresh = since == null;
        if (fresh) {
            since = now;
            backoff = FIRST_RETRY;
            retries = 0;
        } else {
            retries++;
            backoff =
                    backoff.multipliedBy(2).compareTo(MAX_RETRY) > 0
                            ? MAX_RETRY
                            : backoff.multipliedBy(2);
        }
        nextRetry = now.plus(backoff);
        return fresh;
    }

    public boolean active() {
        return since != null;
    }

    /** Whether the incident is on and the next attempt to write is due. */
    public boolean retryDue(Instant now) {
        return since != null && !now.isBefore(nextRetry);
    }

    /** Failed retries so far in this incident. */
    public int retries() {
        return retries;
    }

    /**
     * Ends the incident after a successful write.
     *
     * @return how long it lasted, or zero when none was on
     */
    public Duration recovered(Instant now) {
        if (since == null) {
            return Duration.ZERO;
        }
        Duration lasted = Duration.between(since, now);
        since = null;
        nextRetry = null;
        return lasted;
    }
}
