package io.newsflow.ingest.fetch;

/**
 * The validators of the last good response, sent back verbatim as {@code If-None-Match} and {@code
 * If-Modified-Since} so an unchanged feed costs a 304 and no parsing.
 */
public record Validators(String etag, String lastModified) {
    public static final Validators NONE = new Validators(null, null);
}
