package io.newsflow.app.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.Set;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.streams.errors.TaskCorruptedException;
import org.apache.kafka.streams.processor.TaskId;
import org.junit.jupiter.api.Test;

class KnownKafkaNoiseTest {
    private final LoggerContext context = new LoggerContext();
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    KnownKafkaNoiseTest() {
        var filter = new KnownKafkaNoise();
        filter.start();
        context.addTurboFilter(filter);
        logged.setContext(context);
        logged.start();
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(logged);
    }

    @Test
    void dropsTheLinesOfNormalExactlyOnceWork() {
        context.getLogger("org.apache.kafka.clients.producer.internals.Sender")
                .warn(
                        "[Producer clientId={}] Got error produce response with correlation id {} on"
                                + " topic-partition {}, retrying ({} attempts left). Error: {}",
                        "p",
                        7,
                        new TopicPartition("news.articles.enriched", 0),
                        2147483646,
                        "CONCURRENT_TRANSACTIONS");
        context.getLogger("kafka.server.ReplicaManager")
                .error(
                        "[ReplicaManager broker=1] Error processing append operation on partition {}",
                        "news.articles.identity-3",
                        new OutOfOrderSequenceException(
                                "Invalid sequence number for new epoch … transactions v2"));
        context.getLogger("org.apache.kafka.streams.processor.internals.TaskManager")
                .error(
                        "stream-thread [t] Tasks corrupted",
                        new TaskCorruptedException(Set.of(new TaskId(1, 0))));

        assertThat(logged.list).isEmpty();
    }

    @Test
    void keepsEverythingElseFromTheSameLoggers() {
        context.getLogger("org.apache.kafka.clients.producer.internals.Sender")
                .error("[Producer clientId=p] Uncaught error in kafka producer I/O thread");
        context.getLogger("kafka.server.ReplicaManager")
                .error(
                        "Error processing append operation on partition {}",
                        "news.articles.raw-0",
                        new RecordTooLargeException("too large"));
        context.getLogger("org.apache.kafka.streams.processor.internals.TaskManager")
                .error("Failed to close task 1_0 cleanly", new IllegalStateException("x"));

        assertThat(logged.list).hasSize(3);
    }
}
