package io.newsflow.ingest.feed;

import java.time.Instant;
import java.util.Optional;

/**
 * A fetched body to parse, with what the parser needs to know about where it came from.
 *
 * @param feedId the subscription's id, also each article's {@code feedId}
 * @param sourceName the subscription's display name, or null to use the feed's own title
 * @param feedUrl the URL the body came from (relative item links resolve against it)
 * @param body the decoded (decompressed) body bytes
 * @param headerCharset the HTTP {@code Content-Type} charset, if any
 * @param contentLanguage the HTTP {@code Content-Language}, or null
 * @param subscribedLanguage the language the operator declared for the feed, or null
 * @param httpStatus the HTTP status, for provenance
 * @param etag the response ETag, for provenance
 * @param fetchedAt when the body was received
 */
public record FeedInput(
        String feedId,
        String sourceName,
        String feedUrl,
        byte[] body,
        Optional<String> headerCharset,
        String contentLanguage,
        String subscribedLanguage,
        Integer httpStatus,
        String etag,
        Instant fetchedAt) {}
