package io.newsflow.ingest.fetch;

/** A fetch that did not produce a response, with the kind of failure and a one-line cause. */
public final class FetchException extends Exception {
    private final FetchError error;

    public FetchException(FetchError error, String message) {
        super(message);
        this.error = error;
    }

    public FetchException(FetchError error, String message, Throwable cause) {
        super(message, cause);
        this.error = error;
    }

    public FetchError error() {
        return error;
    }
}
