package io.newsflow.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;

/**
 * What the poller remembers of one feed, in the compacted topic {@code news.feeds.state}, so a
 * restarted or moved poller resumes without refetching or republishing.
 *
 * <p>{@code url} is where the feed is fetched now; it differs from the subscribed URL after a
 * permanent redirect. {@code subscribedUrl} is the {@code FeedSpec} URL that {@code url} was
 * derived from, so an operator's change of the subscription overrides an old redirect. {@code
 * recentItemKeys} are newest first and bounded by the poller's {@code recentItems}.
 */
public record FeedState(
        int schemaVersion,
        String feedId,
        String url,
        String etag,
        String lastModified,
        Instant nextPollAt,
        long intervalSeconds,
        int consecutiveFailures,
        String lastError,
        Instant lastAttemptAt,
        Instant lastSuccessAt,
        long itemsPublished,
        List<String> recentItemKeys,
        String subscribedUrl) {

    public static final int SCHEMA_VERSION = 1;

    public FeedState {
        requireNonNull(feedId, "feedId");
        recentItemKeys = recentItemKeys == null ? List.of() : List.copyOf(recentItemKeys);
        if (schemaVersion == 0) {
            schemaVersion = SCHEMA_VERSION;
        }
    }

    /** The state of a feed never polled yet, due at {@code nextPollAt}. */
    public static FeedState initial(String feedId, String url, Instant nextPollAt) {
        return new FeedState(
                SCHEMA_VERSION,
                feedId,
                url,
                null,
                null,
                nextPollAt,
                0,
                0,
                null,
                null,
                null,
                0,
                List.of(),
                url);
    }

    /** The same state with the validators of a response, stored verbatim for the next poll. */
    public FeedState withValidators(String newEtag, String newLastModified) {
        return new FeedState(
                schemaVersion,
                feedId,
                url,
                newEtag,
                newLastModified,
                nextPollAt,
                intervalSeconds,
                consecutiveFailures,
                lastError,
                lastAttemptAt,
                lastSuccessAt,
                itemsPublished,
                recentItemKeys,
                subscribedUrl);
    }

    /** The same state, due at another time. */
    public FeedState withNextPollAt(Instant at) {
        return new FeedState(
                schemaVersion,
                feedId,
                url,
                etag,
                lastModified,
                at,
                intervalSeconds,
                consecutiveFailures,
                lastError,
                lastAttemptAt,
                lastSuccessAt,
                itemsPublished,
                recentItemKeys,
                subscribedUrl);
    }
}
