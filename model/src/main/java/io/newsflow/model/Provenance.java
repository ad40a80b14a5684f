package io.newsflow.model;

/** How a raw article was fetched: the feed's URL, the HTTP status and the ETag of the response. */
public record Provenance(String feedUrl, Integer httpStatus, String etag) {}
