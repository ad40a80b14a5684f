package io.newsflow.app.metrics;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says in the log when the Kafka cluster stops answering and when it answers again ({@link
 * BrokerOutage}). The Kafka clients' own connection warnings are switched off in {@code
 * logback.xml} (a line per client at every reconnect attempt during an outage), so without this a
 * process whose broker was gone logged nothing at all: its progress lines went on as if it were
 * idle.
 */
final class BrokerWatch implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(BrokerWatch.class);

    static final Duration EVERY = Duration.ofSeconds(5);

    private final ScheduledExecutorService timer;

    private BrokerWatch(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    /** Asks {@code broker} every {@link #EVERY} on a daemon thread of its own. */
    static BrokerWatch start(String bootstrapServers, HealthCheck broker) {
        var timer =
                Executors.newSingleThreadScheduledExecutor(
                        r -> {
                            var thread = new Thread(r, "newsflow-broker-watch");
                            thread.setDaemon(true);
                            return thread;
                        });
        var outage = new BrokerOutage(bootstrapServers);
        timer.scheduleWithFixedDelay(
                () ->
                        outage.observe(broker.check().up(), System.nanoTime())
                                .ifPresent(n -> log.atLevel(n.level()).log(n.message())),
                EVERY.toMillis(),
                EVERY.toMillis(),
                TimeUnit.MILLISECONDS);
        return new BrokerWatch(timer);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
