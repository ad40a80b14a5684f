package io.newsflow.app;

/** A mistake in how newsflow was called; printed as one line, without a stack trace. */
public final class UserError extends RuntimeException {
    public UserError(String message) {
        super(message);
    }
}
