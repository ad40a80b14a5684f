package io.newsflow.app.runtime;

import io.newsflow.broker.EmbeddedKafka;
import io.newsflow.broker.TopicAdmin;
import io.newsflow.broker.TopicSpec;
import io.newsflow.config.NewsflowConfig;
import io.newsflow.kafka.Topics;
import io.newsflow.processors.EnrichmentTopology;
import io.newsflow.sink.TopicRouter;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running parts of one newsflow process, closed in reverse order of start on Ctrl-C, SIGTERM or
 * {@link #stop()}, so the sink commits before the processors stop and the broker goes last.
 */
public final class Lifecycle implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Lifecycle.class);

    private final Deque<AutoCloseable> parts = new ArrayDeque<>();
    private final CountDownLatch stopSignal = new CountDownLatch(1);
    private final Thread hook;
    private final CountDownLatch closed = new CountDownLatch(1);

    public Lifecycle() {
        hook =
                new Thread(
                        () -> {
                            stopSignal.countDown();
                            close();
                        },
                        "newsflow-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    public synchronized <T extends AutoCloseable> T add(T part) {
        parts.push(part);
        return part;
    }

    /** Asks the process to stop, as Ctrl-C would. */
    public void stop() {
        stopSignal.countDown();
    }

    public boolean stopRequested() {
        return stopSignal.getCount() == 0;
    }

    public void awaitShutdownSignal() throws InterruptedException {
        stopSignal.await();
    }

    public boolean awaitShutdownSignal(Duration timeout) throws InterruptedException {
        return stopSignal.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        synchronized (this) {
            while (!parts.isEmpty()) {
                AutoCloseable part = parts.pop();
                try {
                    part.close();
                } catch (Exception e) {
                    log.warn(
                            "error while stopping {}: {}",
                            part.getClass().getSimpleName(),
                            e.toString());
                }
            }
        }
        closed.countDown();
        if (Thread.currentThread() != hook) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // The JVM is exiting; the hook is running or will find nothing left to close.
            }
        }
    }

    /** Starts the embedded broker described by the configuration. */
    public static EmbeddedKafka startBroker(NewsflowConfig config) {
        var b = config.broker();
        return EmbeddedKafka.start(
                new EmbeddedKafka.Settings(
                        b.dataDir().resolve("broker"),
                        b.host(),
                        b.port(),
                        b.controllerPort(),
                        java.util.Map.of()));
    }

    /**
     * Creates newsflow's topics, the routed topics of the configured routes and any extra ones, and
     * waits until they can be written.
     */
    public static void ensureTopics(
            NewsflowConfig config, String bootstrapServers, Collection<TopicSpec> extra) {
        Topics topics = Topics.withPrefix(config.kafka().topicPrefix());
        var specs = new java.util.ArrayList<>(TopicAdmin.specs(topics, config.kafka()));
        // Routed copies go to topics of their own; they exist before the router writes to them.
        for (String routed : TopicRouter.targetTopics(config, topics)) {
            specs.add(
                    TopicSpec.deleting(
                            routed,
                            config.kafka().partitions(),
                            config.kafka().replicationFactor()));
        }
        // The processors' internal topics too: KAFKA-15591 bites their first transactional writes
        // as much as ours. The identity ledger is one partition by design (docs/identity.md).
        EnrichmentTopology.internalTopics(
                        ProcessorsRunner.applicationId(config), config.kafka().partitions())
                .forEach(
                        t ->
                                specs.add(
                                        new TopicSpec(
                                                t.name(),
                                                t.partitions(),
                                                config.kafka().replicationFactor(),
                                                t.configs())));
        specs.addAll(extra);
        try (var admin = new TopicAdmin(bootstrapServers, config.kafka().properties())) {
            admin.ensureTopics(specs, Duration.ofSeconds(60));
        }
    }
}
