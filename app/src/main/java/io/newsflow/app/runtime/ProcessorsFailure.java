package io.newsflow.app.runtime;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.streams.errors.MissingSourceTopicException;

/**
 * What stopped the processors for good, said the way an operator can act on it. Most such stops are
 * caused outside the code — a topic deleted under running processors, missing ACLs, a broker away
 * for longer than {@code task.timeout.ms}, a full or read-only disk under the state directory — and
 * calling them a bug sent operators to the issue tracker instead of to the fix.
 *
 * @param explanation one line: the cause and what to do
 * @param unexpected no known cause explains it: a bug, logged with its stack trace
 */
public record ProcessorsFailure(String explanation, boolean unexpected) {
    /**
     * One line naming the cause and what to do; a failure none of the known causes explains is
     * {@code unexpected}: a bug, to be reported with the log.
     */
    public static ProcessorsFailure of(Throwable error, String applicationId, Path stateDir) {
        String known = knownCause(error, applicationId, stateDir);
        return known != null
                ? new ProcessorsFailure(known, false)
                : new ProcessorsFailure(
                        "an unexpected error (a bug — please report it with this log): " + error,
                        true);
    }

    private static String knownCause(Throwable error, String applicationId, Path stateDir) {
        if (find(error, MissingSourceTopicException.class) != null) {
            return "a topic the processors read is gone (deleted while they ran?): restart"
                    + " newsflow (run or process create missing topics at start); the records the"
                    + " deleted topic held are gone ("
                    + rootMessage(error)
                    + ")";
        }
        var denied = find(error, AuthorizationException.class);
        if (denied != null) {
            return "the broker refused the processors access ("
                    + denied.getMessage()
                    + "): grant the principal read/write on the news.* topics, the topics and"
                    + " group prefixed "
                    + applicationId
                    + ", and transactional ids prefixed "
                    + applicationId
                    + " (exactly-once needs them), then restart";
        }
        if (find(error, RecordTooLargeException.class) != null) {
            return "a record grew past the producer's or broker's size limit: the log line before"
                    + " this one names its source record; raise max.request.size and the"
                    + " topic's max.message.bytes, or delete that record, then restart";
        }
        if (find(error, TimeoutException.class) != null) {
            return "the broker did not answer within task.timeout.ms ("
                    + rootMessage(error)
                    + "): check that it is up and reachable, then restart; a longer"
                    + " -P task.timeout.ms=… rides out longer outages";
        }
        if (find(error, IOException.class) != null) {
            return "the state directory "
                    + stateDir
                    + " could not be read or written ("
                    + rootMessage(error)
                    + "): check its free space and permissions, then restart";
        }
        return null;
    }

    private static <T extends Throwable> T find(Throwable error, Class<T> kind) {
        // bounded: a cause chain can loop back on itself
        Throwable t = error;
        for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause()) {
            if (kind.isInstance(t)) {
                return kind.cast(t);
            }
        }
        return null;
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        for (int depth = 0; root.getCause() != null && depth < 20; depth++) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
