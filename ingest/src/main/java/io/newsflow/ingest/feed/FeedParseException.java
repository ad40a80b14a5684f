package io.newsflow.ingest.feed;

/** A body that is not a usable feed, with the kind of problem and a one-line cause. */
public final class FeedParseException extends Exception {
    private final ParseError error;

    public FeedParseException(ParseError error, String message) {
        super(message);
        this.error = error;
    }

    public FeedParseException(ParseError error, String message, Throwable cause) {
        super(message, cause);
        this.error = error;
    }

    public ParseError error() {
        return error;
    }
}
