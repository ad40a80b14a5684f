package io.newsflow.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * One identity decision, published on {@code news.articles.identity} so every merge, revision and
 * duplicate can be explained after the fact. {@code decidedAt} is the input record's timestamp, so
 * a replay yields the same events.
 */
public record IdentityEvent(
        int schemaVersion,
        String articleId,
        String feedId,
        String url,
        Identity identity,
        Instant decidedAt) {

    public static final int SCHEMA_VERSION = 1;

    public IdentityEvent {
        requireNonNull(articleId, "articleId");
        requireNonNull(identity, "identity");
        if (schemaVersion == 0) {
            schemaVersion = SCHEMA_VERSION;
        }
    }
}
