package io.newsflow.app.runtime;

import io.newsflow.config.NewsflowConfig;
import io.newsflow.kafka.Topics;
import io.newsflow.processors.Enrichers;
import io.newsflow.processors.EnrichmentTopology;
import io.newsflow.processors.StreamsSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.CloseOptions.GroupMembershipOperation;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the enrichment topology as a Kafka Streams application. An uncaught exception stops this
 * client with one log line saying what to do ({@link ProcessorsFailure}) instead of spinning, and
 * {@link #failure()} reports it.
 */
public final class ProcessorsRunner implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ProcessorsRunner.class);

    private final KafkaStreams streams;
    private final String applicationId;
    private final CountDownLatch running = new CountDownLatch(1);
    private volatile Throwable failure;

    public ProcessorsRunner(
            NewsflowConfig config, String bootstrapServers, Topics topics, Enrichers enrichers) {
        this.applicationId = applicationId(config);
        Path stateDir = config.broker().dataDir().resolve("streams");
        var props = StreamsSettings.properties(config, bootstrapServers, applicationId, stateDir);
        this.streams = new KafkaStreams(EnrichmentTopology.build(config, topics, enrichers), props);
        streams.setUncaughtExceptionHandler(
                error -> {
                    failure = error;
                    var stop = ProcessorsFailure.of(error, applicationId, stateDir);
                    if (stop.unexpected()) {
                        log.error("processors stopped: {}", stop.explanation(), error);
                    } else {
                        log.error("processors stopped: {}", stop.explanation());
                        log.debug("the error that stopped them", error);
                    }
                    return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
                });
        streams.setStateListener(
                (now, before) -> {
                    if (now == KafkaStreams.State.RUNNING) {
                        running.countDown();
                        // after each rebalance: shows a takeover, and an instance left without work
                        log.info("processors running: {}", activeTasks());
                    }
                    log.debug("processors {} -> {}", before, now);
                });
    }

    public static String applicationId(NewsflowConfig config) {
        return config.kafka().applicationId() + "-processors";
    }

    public String applicationId() {
        return applicationId;
    }

    public void start() {
        streams.start();
    }

    public boolean awaitRunning(Duration timeout) throws InterruptedException {
        return running.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    public Throwable failure() {
        return failure;
    }

    /** The Streams client itself, for binding its metrics. */
    public KafkaStreams kafkaStreams() {
        return streams;
    }

    /**
     * Stops the processors and leaves the group. Kafka Streams stays in it by default (for static
     * membership), so a restarted {@code newsflow run} waited out the old member's session timeout
     * (45 s) before it processed anything, and survivors of a stopped {@code process} waited as
     * long for its partitions.
     */
    private String activeTasks() {
        try {
            int tasks = 0;
            for (var thread : streams.metadataForLocalThreads()) {
                tasks += thread.activeTasks().size();
            }
            return tasks == 0
                    ? "no active tasks in this instance (others hold every partition)"
                    : tasks + " active tasks in this instance";
        } catch (RuntimeException e) {
            return "tasks unknown (" + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        boolean closed =
                streams.close(
                        CloseOptions.groupMembershipOperation(GroupMembershipOperation.LEAVE_GROUP)
                                .withTimeout(Duration.ofSeconds(30)));
        if (closed) {
            log.info("processors stopped and left group {}", applicationId);
        } else {
            log.warn(
                    "processors did not stop within 30 s; group {} hands their partitions over"
                            + " after its session timeout",
                    applicationId);
        }
    }
}
