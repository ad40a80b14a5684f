package io.newsflow.app.runtime;

import io.newsflow.config.NewsflowConfig;
import io.newsflow.kafka.Topics;
import io.newsflow.sink.SinkSettings;
import io.newsflow.sink.TopicRouter;
import java.time.Duration;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.CloseOptions.GroupMembershipOperation;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the topic router when {@code sink.routes} has rules. Like the file sink, a router that dies
 * stops the whole process instead of leaving the routed topics silently behind.
 */
public final class RouterRunner implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(RouterRunner.class);

    private final KafkaStreams streams;

    private RouterRunner(KafkaStreams streams) {
        this.streams = streams;
    }

    /** Starts the router and adds it to the lifecycle; does nothing without routes. */
    public static void startIfRouted(
            NewsflowConfig config, String bootstrapServers, Topics topics, Lifecycle lifecycle) {
        if (!TopicRouter.hasRoutes(config)) {
            return;
        }
        var streams =
                new KafkaStreams(
                        TopicRouter.build(config, topics),
                        SinkSettings.routerProperties(
                                config,
                                bootstrapServers,
                                config.broker().dataDir().resolve("router")));
        streams.setUncaughtExceptionHandler(
                error -> {
                    log.error(
                            "topic router stopped: {} — stopping newsflow",
                            error.toString(),
                            error);
                    lifecycle.stop();
                    return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
                });
        lifecycle.add(new RouterRunner(streams));
        streams.start();
        log.info("topic router running: {}", TopicRouter.targetTopics(config, topics));
    }

    @Override
    public void close() {
        // leave the group: a restart would otherwise wait out this member's session timeout
        streams.close(
                CloseOptions.groupMembershipOperation(GroupMembershipOperation.LEAVE_GROUP)
                        .withTimeout(Duration.ofSeconds(30)));
    }
}
