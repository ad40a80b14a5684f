package io.newsflow.ingest.poll;

import io.newsflow.model.FeedState;

/** Where the poller writes each feed's state after every poll. */
public interface StateSink {
    void save(FeedState state);

    /** Blocks until every saved state is durable (before giving feeds away in a rebalance). */
    default void flush() {}
}
