package io.newsflow.app.runtime;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.Marker;

/**
 * Drops Kafka's log lines that look alarming but announce its normal work under exactly-once, so
 * that a WARN or ERROR in newsflow's log is worth reading (installed by {@code logback.xml}):
 *
 * <ul>
 *   <li>the producer's {@code Sender} warning that it retries a send ({@code
 *       CONCURRENT_TRANSACTIONS}, {@code OUT_OF_ORDER_SEQUENCE_NUMBER} …, many in a bulk run); a
 *       send that finally fails still reaches its callback and Kafka Streams' error handling;
 *   <li>the embedded broker's {@code ReplicaManager} error for {@code OutOfOrderSequenceException},
 *       its by-design refusal of a transactional batch that arrives before the batch with sequence
 *       0 (KAFKA-18202), which the producer resends in order;
 *   <li>Kafka Streams' {@code TaskCorruptedException} after an unclean stop: it wipes and restores
 *       the task's state from its changelog, which is how exactly-once recovers.
 * </ul>
 */
public final class KnownKafkaNoise extends TurboFilter {
    @Override
    public FilterReply decide(
            Marker marker,
            Logger logger,
            Level level,
            String format,
            Object[] params,
            Throwable thrown) {
        String name = logger.getName();
        if (name.equals("org.apache.kafka.clients.producer.internals.Sender")
                && level == Level.WARN
                && format != null
                && format.contains("retrying")) {
            return FilterReply.DENY;
        }
        if (name.equals("kafka.server.ReplicaManager")
                && mentions(format, params, thrown, "OutOfOrderSequenceException")) {
            return FilterReply.DENY;
        }
        if (name.equals("org.apache.kafka.streams.processor.internals.TaskManager")
                && mentions(format, params, thrown, "TaskCorruptedException")) {
            return FilterReply.DENY;
        }
        return FilterReply.NEUTRAL;
    }

    private static boolean mentions(
            String format, Object[] params, Throwable thrown, String exception) {
        if (format != null && format.contains(exception)) {
            return true;
        }
        if (params != null) {
            for (Object param : params) {
                if (param instanceof Throwable t && isOrCausedBy(t, exception)) {
                    return true;
                }
                if (param != null
                        && !(param instanceof Throwable)
                        && String.valueOf(param).contains(exception)) {
                    return true;
                }
            }
        }
        return thrown != null && isOrCausedBy(thrown, exception);
    }

    private static boolean isOrCausedBy(Throwable thrown, String exception) {
        Throwable t = thrown;
        for (int depth = 0; t != null && depth < 10; depth++, t = t.getCause()) {
            if (t.getClass().getSimpleName().equals(exception)) {
                return true;
            }
        }
        return false;
    }
}
