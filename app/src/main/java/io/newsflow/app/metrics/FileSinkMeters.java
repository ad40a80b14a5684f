package io.newsflow.app.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.app.runtime.ConsumerLag;
import io.newsflow.sink.FileSink;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * The file sink's series: records it committed to files, and its consumer group's lag on {@code
 * news.articles.enriched} (records published but not yet in committed files), refreshed every few
 * seconds from the group's committed offsets, so it is the same number for every sink instance of
 * the group and shows a sink that is stuck as well as one that is slow.
 */
final class FileSinkMeters implements AutoCloseable {
    private static final Duration REFRESH = Duration.ofSeconds(5);

    private final Admin admin;
    private final ScheduledExecutorService scheduler;
    private final AtomicLong lag = new AtomicLong(-1);

    FileSinkMeters(
            FileSink sink,
            String groupId,
            String topic,
            String bootstrapServers,
            Map<String, String> clientProperties,
            MeterRegistry registry) {
        var props = new HashMap<String, Object>(clientProperties);
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "newsflow-file-sink-lag");
        admin = Admin.create(props);
        FunctionCounter.builder("newsflow.file.sink.records.written", sink, s -> s.recordsWritten())
                .description("Records this process committed to files")
                .register(registry);
        FunctionCounter.builder("newsflow.file.sink.records.skipped", sink, s -> s.recordsSkipped())
                .description("Records the file sink skipped because they are not JSON objects")
                .register(registry);
        Gauge.builder("newsflow.file.sink.lag", lag, l -> l.get() < 0 ? Double.NaN : l.get())
                .description(
                        "Records on news.articles.enriched not yet in committed files (the sink group's lag)")
                .baseUnit("records")
                .tag("group", groupId)
                .register(registry);
        scheduler =
                Executors.newSingleThreadScheduledExecutor(
                        r -> {
                            Thread t = new Thread(r, "newsflow-file-sink-lag");
                            t.setDaemon(true);
                            return t;
                        });
        scheduler.scheduleWithFixedDelay(
                () -> {
                    try {
                        lag.set(ConsumerLag.of(admin, groupId, topic));
                    } catch (Exception e) {
                        lag.set(-1); // unknown while the broker is unreachable
                    }
                },
                0,
                REFRESH.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        admin.close(Duration.ofSeconds(2));
    }
}
