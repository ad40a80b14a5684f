package io.newsflow.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;

/**
 * What the poller remembers of one feed, in the compacted topic {@code news.feeds.state}, so a
 * restarted or moved poller resumes without refetching or republishing.
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
        List<String> recentItemKeys) {

    public static final int SCHEMA_VERSION = 1;

    public FeedState {
        requireNonNull(feedId, "feedId");
        recentItemKeys = recentItemKeys == null ? List.of() : List.copyOf(recentItemKeys);
        if (schemaVersion == 0) {
            schemaVersion = SCHEMA_VERSION;
        }
    }
}
