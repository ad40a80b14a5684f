package io.newsflow.sink.files;

/** A record value that is not a JSON object, so it has no place in a JSON Lines file. */
public final class UnreadableRecordException extends Exception {
    public UnreadableRecordException(String message) {
        super(message);
    }
}
