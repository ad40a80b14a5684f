package io.newsflow.ingest.poll;

import java.time.Duration;
import java.time.Instant;

/**
 * What one poll found, as input to the schedule.
 *
 * @param outcome how the poll ended
 * @param newItems how many items were published
 * @param error the failure's kind tag (e.g. {@code timeout}, {@code http-503}), or null
 * @param message the failure's one-line cause, or null
 * @param notBefore {@code Retry-After}: do not ask again before this instant, or null
 * @param publisherInterval how often the publisher asks to be polled at most (Cache-Control
 *     max-age, Expires, RSS ttl, sy:updatePeriod), or null
 */
public record PollResult(
        Outcome outcome,
        int newItems,
        String error,
        String message,
        Instant notBefore,
        Duration publisherInterval) {

    public static PollResult success(Outcome outcome, int newItems, Duration publisherInterval) {
        return new PollResult(outcome, newItems, null, null, null, publisherInterval);
    }

    public static PollResult failure(String error, String message, Instant notBefore) {
        return new PollResult(Outcome.FAILED, 0, error, message, notBefore, null);
    }

    public boolean failed() {
        return outcome == Outcome.FAILED;
    }
}
