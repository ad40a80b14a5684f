package io.newsflow.sink;

import io.newsflow.config.NewsflowConfig;
import io.newsflow.kafka.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.CloseOptions.GroupMembershipOperation;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Both sinks as one service, what {@code newsflow sink} runs: the {@link FileSink} on its own
 * thread and, when routing rules are configured, the {@link TopicRouter} as a Kafka Streams
 * application. The caller creates the topics first, including {@link TopicRouter#targetTopics}.
 */
public final class SinkService implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SinkService.class);

    private final FileSink fileSink;
    private final Thread fileSinkThread;
    private final KafkaStreams router;
    private volatile Throwable failure;

    /**
     * @param stateDir the router's Kafka Streams state directory (it keeps no stores, but Streams
     *     keeps its process id there, which lets a restarted instance fence its predecessor's
     *     transactions at once)
     */
    public SinkService(
            NewsflowConfig config, String bootstrapServers, Topics topics, Path stateDir) {
        this.fileSink = new FileSink(config, bootstrapServers, topics);
        this.fileSinkThread = new Thread(this::runFileSink, "newsflow-file-sink");
        this.router =
                TopicRouter.hasRoutes(config)
                        ? new KafkaStreams(
                                TopicRouter.build(config, topics),
                                SinkSettings.routerProperties(config, bootstrapServers, stateDir))
                        : null;
        if (router != null) {
            router.setUncaughtExceptionHandler(
                    e -> {
                        log.error(
                                "topic router stopped: {}. Fix the cause and restart newsflow sink.",
                                e.toString(),
                                e);
                        failure = e;
                        return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse
                                .SHUTDOWN_CLIENT;
                    });
        }
    }

    public void start() {
        if (router != null) {
            router.start();
        }
        fileSinkThread.start();
    }

    public FileSink fileSink() {
        return fileSink;
    }

    public Optional<KafkaStreams> router() {
        return Optional.ofNullable(router);
    }

    /** What stopped a part of the service by failing, if anything did. */
    public Optional<Throwable> failure() {
        return Optional.ofNullable(failure);
    }

    /** Whether both parts are still working. */
    public boolean isRunning() {
        return failure == null
                && fileSinkThread.isAlive()
                && (router == null
                        || router.state().isRunningOrRebalancing()
                        || router.state() == KafkaStreams.State.CREATED);
    }

    @Override
    public void close() {
        fileSink.close();
        if (router != null) {
            // leave the group: a restart would otherwise wait out this member's session timeout
            router.close(
                    CloseOptions.groupMembershipOperation(GroupMembershipOperation.LEAVE_GROUP)
                            .withTimeout(Duration.ofSeconds(30)));
        }
    }

    private void runFileSink() {
        try {
            fileSink.run();
        } catch (RuntimeException | Error e) {
            failure = e;
            log.error("file sink stopped: {}", e.toString(), e);
        }
    }
}
