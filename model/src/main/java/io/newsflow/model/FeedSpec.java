package io.newsflow.model;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.List;

/**
 * A subscribed feed, as stored in the compacted topic {@code news.feeds} (key = {@code feedId}).
 * Intervals are optional overrides of the poller's configured bounds.
 */
public record FeedSpec(
        String feedId,
        String url,
        String name,
        String language,
        List<String> tags,
        Duration minInterval,
        Duration maxInterval,
        boolean enabled) {

    public FeedSpec {
        requireNonNull(feedId, "feedId");
        requireNonNull(url, "url");
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
