package io.newsflow.app.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.app.UserError;
import io.newsflow.app.runtime.ProcessorsRunner;
import io.newsflow.config.MetricsConfig;
import io.newsflow.config.NewsflowConfig;
import io.newsflow.kafka.Topics;
import io.newsflow.sink.FileSink;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Metrics and health of one newsflow process: the Prometheus registry every part records into, and
 * (unless the port is 0) the HTTP endpoint serving it. A command starts one, then attaches what it
 * runs: {@link #watchProcessors}, {@link #tapPipeline}, {@link #watchFileSink}, {@link
 * #bindClient}. Other parts record into {@link #registry()} (the feed poller takes it as its {@code
 * MeterRegistry}).
 *
 * <p>Readiness always includes "the broker answers"; a process that runs Kafka Streams is ready
 * only while they are {@code RUNNING}. Whether or not the endpoint runs, the log says when the
 * broker stops and starts answering ({@link BrokerWatch}).
 */
public final class Observability implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Observability.class);

    private final NewsflowConfig config;
    private final String bootstrapServers;
    private final PrometheusMeterRegistry registry;
    private final MetricsServer server;
    private final Deque<AutoCloseable> attached = new ArrayDeque<>();

    /** The parts that run the processors: their readiness waits for them. */
    private static final Set<String> RUNS_PROCESSORS = Set.of("run", "process");

    private volatile ProcessorsRunner watched;

    private Observability(
            NewsflowConfig config,
            String bootstrapServers,
            PrometheusMeterRegistry registry,
            MetricsServer server) {
        this.config = config;
        this.bootstrapServers = bootstrapServers;
        this.registry = registry;
        this.server = server;
    }

    /**
     * Creates the registry and, when {@code metrics.port} is not 0, the endpoint on all interfaces.
     *
     * @param explicitPort whether the user asked for this port: a taken port then stops the
     *     process; the default port being taken only costs the endpoint, with a warning
     * @throws UserError when an explicitly requested port is taken
     */
    public static Observability start(
            NewsflowConfig config, String bootstrapServers, String part, boolean explicitPort) {
        var registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        registry.config().commonTags("part", part);
        for (MeterBinder binder :
                new MeterBinder[] {
                    new JvmMemoryMetrics(),
                    new JvmThreadMetrics(),
                    new ClassLoaderMetrics(),
                    new ProcessorMetrics(),
                    new UptimeMetrics(),
                    new FileDescriptorMetrics()
                }) {
            binder.bindTo(registry);
        }
        var gc = new JvmGcMetrics();
        gc.bindTo(registry);
        Gauge.builder("newsflow.build.info", () -> 1)
                .description("Always 1; the labels say which newsflow runs")
                .tag("version", version())
                .register(registry);

        int port = config.metrics().port();
        MetricsServer server = null;
        if (port != 0) {
            try {
                server = MetricsServer.start(new InetSocketAddress(port), registry);
                log.info(
                        "metrics on http://localhost:{}/metrics, health on /health and /ready",
                        server.port());
            } catch (IOException e) {
                String advice =
                        "metrics port "
                                + port
                                + " is not available ("
                                + e.getMessage()
                                + "): pass --metrics-port <free port>, or 0 to turn the endpoint off";
                if (explicitPort || port != MetricsConfig.defaults().port()) {
                    gc.close();
                    registry.close();
                    throw new UserError(advice);
                }
                log.warn("{}; running without the endpoint", advice);
            }
        }
        var observability = new Observability(config, bootstrapServers, registry, server);
        observability.attached.push(gc);
        var broker = new BrokerReachable(bootstrapServers, config.kafka().properties());
        observability.attached.push(broker);
        observability.attached.push(BrokerWatch.start(bootstrapServers, broker));
        if (server != null) {
            server.addReadinessCheck(broker);
            if (RUNS_PROCESSORS.contains(part)) {
                // the endpoint serves from here on, the processors come seconds later (topics,
                // the pipeline tap, the topology): not ready until they run
                server.addReadinessCheck(StreamsChecks.ready(observability::processorsState));
            }
        }
        return observability;
    }

    /** As {@link #start(NewsflowConfig, String, String, boolean)}, from a command's flags. */
    public static Observability start(
            NewsflowConfig config, String bootstrapServers, String part, MetricsOptions options) {
        return start(config, bootstrapServers, part, options != null && options.explicit());
    }

    /**
     * The processors' state for the readiness check that {@code run} and {@code process} get at
     * start: CREATED until {@link #watchProcessors} is called.
     */
    private KafkaStreams.State processorsState() {
        ProcessorsRunner processors = watched;
        return processors == null ? KafkaStreams.State.CREATED : processors.state();
    }

    /** The registry of this process, for parts that record their own series. */
    public MeterRegistry registry() {
        return registry;
    }

    /** The port the endpoint listens on, or 0 when it is off. */
    public int port() {
        return server == null ? 0 : server.port();
    }

    /**
     * Binds the Kafka Streams metrics and makes readiness and liveness follow the processors
     * (nothing when the endpoint is off).
     */
    public synchronized void watchProcessors(ProcessorsRunner processors) {
        if (server == null) {
            return;
        }
        var streamsMetrics = new KafkaStreamsMetrics(processors.kafkaStreams());
        streamsMetrics.bindTo(registry);
        attached.push(streamsMetrics);
        watched = processors;
        server.addLivenessCheck(StreamsChecks.alive(processors::state, processors::failure));
    }

    /**
     * Starts the consumer that turns the committed output of the processors into newsflow's
     * pipeline series, and waits (up to 30 s) until it owns its partitions. Does nothing when the
     * endpoint is off: no one could read the series, so the consumer would be pure cost.
     */
    public synchronized void tapPipeline(Topics topics) throws InterruptedException {
        if (server == null) {
            return;
        }
        var tap =
                new PipelineTap(
                        bootstrapServers,
                        config.kafka().properties(),
                        config.kafka().applicationId() + "-metrics",
                        topics,
                        registry);
        attached.push(tap);
        if (!tap.awaitAssignment(Duration.ofSeconds(30))) {
            log.warn("metrics tap has no partitions after 30 s; newsflow_* series may start late");
        }
    }

    /** The file sink's records written and its group's lag (nothing when the endpoint is off). */
    public synchronized void watchFileSink(FileSink sink, Topics topics) {
        if (server == null) {
            return;
        }
        attached.push(
                new FileSinkMeters(
                        sink,
                        config.sink().groupIdOr(config.kafka().applicationId()),
                        topics.enriched().name(),
                        bootstrapServers,
                        config.kafka().properties(),
                        registry));
    }

    /** Binds a Kafka producer's metrics until this closes (or until the client closes). */
    public synchronized void bindClient(Producer<?, ?> producer) {
        var metrics = new KafkaClientMetrics(producer);
        metrics.bindTo(registry);
        attached.push(metrics);
    }

    /** Binds a Kafka consumer's metrics until this closes (or until the client closes). */
    public synchronized void bindClient(Consumer<?, ?> consumer) {
        var metrics = new KafkaClientMetrics(consumer);
        metrics.bindTo(registry);
        attached.push(metrics);
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.close();
        }
        while (!attached.isEmpty()) {
            try {
                attached.pop().close();
            } catch (Exception e) {
                log.debug("closing a metrics part: {}", e.toString());
            }
        }
        registry.close();
    }

    private static String version() {
        String v = Observability.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }
}
