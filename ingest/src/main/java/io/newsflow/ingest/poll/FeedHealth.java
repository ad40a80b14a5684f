package io.newsflow.ingest.poll;

import io.newsflow.model.FeedSpec;
import io.newsflow.model.FeedState;
import java.time.Instant;

/**
 * One line of {@code newsflow feeds list}: a subscribed feed and how its polling goes.
 *
 * @param feedId the subscription's id
 * @param url where it is polled now (after permanent redirects)
 * @param enabled whether it is polled at all
 * @param lastSuccess the last poll that got a usable answer (200 or 304), or null
 * @param lastError the last failure's kind and cause while failing, or null when healthy
 * @param consecutiveFailures failures in a row
 * @param nextPoll when it is due next, or null if never polled
 * @param itemsPublished items published since the subscription began
 */
public record FeedHealth(
        String feedId,
        String url,
        boolean enabled,
        Instant lastSuccess,
        String lastError,
        int consecutiveFailures,
        Instant nextPoll,
        long itemsPublished) {

    public static FeedHealth of(FeedSpec spec, FeedState state) {
        if (state == null) {
            return new FeedHealth(
                    spec.feedId(), spec.url(), spec.enabled(), null, null, 0, null, 0);
        }
        return new FeedHealth(
                spec.feedId(),
                state.url() != null ? state.url() : spec.url(),
                spec.enabled(),
                state.lastSuccessAt(),
                state.lastError(),
                state.consecutiveFailures(),
                state.nextPollAt(),
                state.itemsPublished());
    }

    /** "ok", "failing", "never polled" or "disabled". */
    public String status() {
        if (!enabled) {
            return "disabled";
        }
        if (consecutiveFailures > 0) {
            return "failing";
        }
        return lastSuccess == null ? "never polled" : "ok";
    }
}
