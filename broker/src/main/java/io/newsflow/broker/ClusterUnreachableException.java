package io.newsflow.broker;

/**
 * The Kafka cluster did not answer in time: a wrong {@code --bootstrap-servers}, a cluster that is
 * down, or one with fewer brokers than the replication factor. The command line prints its message
 * as one line, not a stack trace: it is the user's to fix.
 */
public final class ClusterUnreachableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ClusterUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
