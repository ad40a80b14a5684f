package io.newsflow.app.commands;

import io.newsflow.app.feeds.FeedsImportCommand;
import io.newsflow.app.metrics.MetricsOptions;
import io.newsflow.app.metrics.Observability;
import io.newsflow.app.runtime.BackgroundTask;
import io.newsflow.app.runtime.ConsumerLag;
import io.newsflow.app.runtime.Lifecycle;
import io.newsflow.app.runtime.ProcessorsRunner;
import io.newsflow.app.runtime.RouterRunner;
import io.newsflow.app.runtime.TopicCounter;
import io.newsflow.broker.EmbeddedKafka;
import io.newsflow.config.NewsflowConfig;
import io.newsflow.ingest.poll.FeedPollerService;
import io.newsflow.ingest.replay.Corpus;
import io.newsflow.kafka.Topics;
import io.newsflow.model.FeedSpec;
import io.newsflow.processors.Enrichers;
import io.newsflow.processors.EnrichmentTopology;
import io.newsflow.sink.FileSink;
import io.newsflow.sink.SinkSettings;
import io.newsflow.sink.TopicRouter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The whole pipeline in one JVM: the embedded broker (unless a cluster is named), the topics, a
 * replay of the seeds, the processors and the file sink, with a progress line every few seconds.
 */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description =
                "Run everything in one process: embedded Kafka broker (unless --bootstrap-servers), topics,"
                        + " seed replay, feed poller, processors and file sink. Runs until Ctrl-C or"
                        + " --exit-when-idle.")
public final class RunCommand implements Callable<Integer> {
    private static final Logger log = LoggerFactory.getLogger(RunCommand.class);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);

    @Mixin ConfigOptions options;
    @Mixin MetricsOptions metricsOptions;

    @Option(
            names = "--broker-port",
            paramLabel = "PORT",
            description = "Port of the embedded broker (default: 9092).")
    Integer brokerPort;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "Directory of the file sink (default: ./out).")
    Path out;

    @Option(
            names = "--replay",
            paramLabel = "PATH",
            description =
                    "Replay this corpus instead of the built-in seeds (directory of .txt or JSON Lines file).")
    Path replay;

    @Option(
            names = "--feeds",
            paramLabel = "FILE",
            description =
                    "Import these feeds (YAML or OPML, e.g. feeds.yaml) into news.feeds before"
                            + " polling. Without it, the feeds already imported are polled.")
    Path feeds;

    @Option(names = "--no-replay", description = "Replay nothing at start.")
    boolean noReplay;

    @Option(
            names = "--exit-when-idle",
            paramLabel = "DURATION",
            converter = DurationConverter.class,
            description =
                    "Stop by itself (exit 0) once everything is processed and nothing new arrived for this long,"
                            + " e.g. 15s.")
    Duration exitWhenIdle;

    @Override
    public Integer call() throws Exception {
        NewsflowConfig config = metricsOptions.apply(options.load());
        if (brokerPort != null) {
            config =
                    config.withBroker(config.broker().withPort(brokerPort))
                            .validated("--broker-port");
        }
        if (out != null) {
            config = config.withSink(config.sink().withOutDir(out));
        }
        Topics topics = ConfigOptions.topics(config);
        // inputs first: a wrong path is told in a second, not after the broker and processors
        List<FeedSpec> feedList = feeds == null ? List.of() : FeedsImportCommand.read(feeds);
        Corpus corpus = noReplay ? null : ReplayCommand.corpus(replay);
        try (var lifecycle = new Lifecycle()) {
            String bootstrap;
            if (config.kafka().embedded()) {
                EmbeddedKafka broker = lifecycle.add(Lifecycle.startBroker(config));
                bootstrap = broker.bootstrapServers();
            } else {
                bootstrap = config.kafka().bootstrapServers();
            }
            Lifecycle.ensureTopics(config, bootstrap, List.of());
            var observability =
                    lifecycle.add(Observability.start(config, bootstrap, "run", metricsOptions));
            observability.tapPipeline(topics);
            var counter =
                    lifecycle.add(
                            new TopicCounter(
                                    bootstrap,
                                    config.kafka().properties(),
                                    List.of(
                                            topics.raw().name(),
                                            topics.identity().name(),
                                            topics.enriched().name(),
                                            topics.dlq().name())));

            var processors =
                    lifecycle.add(
                            new ProcessorsRunner(
                                    config, bootstrap, topics, Enrichers.standard(config)));
            processors.start();
            observability.watchProcessors(processors);
            var sink = lifecycle.add(new FileSink(config, bootstrap, topics));
            observability.watchFileSink(sink, topics);
            var sinkTask = BackgroundTask.start("file-sink", sink::run, lifecycle);
            RouterRunner.startIfRouted(config, bootstrap, topics, lifecycle);
            if (feeds != null) {
                FeedsImportCommand.publish(config, bootstrap, feedList);
            }
            lifecycle.add(
                    new FeedPollerService(config, bootstrap, topics, observability.registry())
                            .start());

            if (corpus != null) {
                ReplayCommand.replay(config, bootstrap, corpus);
            }
            log.info(
                    "newsflow running: enriched records on {} and in {} (files are committed every"
                            + " {} and at stop){}",
                    topics.enriched().name(),
                    config.sink().outDir().toAbsolutePath(),
                    text(config.sink().roll().maxAge()),
                    exitWhenIdle == null ? " — Ctrl-C to stop" : "");
            int status =
                    superviseUntilStopped(
                            lifecycle, config, bootstrap, topics, counter, processors, sink);
            // The sink commits its open files on close; stop it first so the summary counts them.
            sink.close();
            sinkTask.join(Duration.ofSeconds(60));
            log.info(
                    "final: raw {}, identity decisions {}, enriched {}, dead-lettered {}, written to"
                            + " files {}",
                    counter.count(topics.raw().name()),
                    counter.count(topics.identity().name()),
                    counter.count(topics.enriched().name()),
                    counter.count(topics.dlq().name()),
                    sink.recordsWritten());
            return sinkTask.failure() != null ? 1 : status;
        }
    }

    private int superviseUntilStopped(
            Lifecycle lifecycle,
            NewsflowConfig config,
            String bootstrap,
            Topics topics,
            TopicCounter counter,
            ProcessorsRunner processors,
            FileSink sink)
            throws Exception {
        var adminProps = new java.util.HashMap<String, Object>(config.kafka().properties());
        adminProps.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (Admin admin = Admin.create(adminProps)) {
            var idle = new IdleTracker(exitWhenIdle);
            long nextProgress = System.nanoTime() + PROGRESS_EVERY.toNanos();
            while (!lifecycle.awaitShutdownSignal(Duration.ofSeconds(1))) {
                if (processors.failure() != null
                        || processors.state() == KafkaStreams.State.ERROR) {
                    log.error("processors failed; stopping");
                    return 1;
                }
                Map<String, Long> counts = counter.snapshot();
                long written = sink.recordsWritten();
                if (System.nanoTime() >= nextProgress) {
                    // identity decisions make a replayed corpus visible: decided, not forwarded
                    log.info(
                            "progress: raw in {}, identity decisions {}, enriched out {},"
                                    + " dead-lettered {}, written to files {}",
                            counts.get(topics.raw().name()),
                            counts.get(topics.identity().name()),
                            counts.get(topics.enriched().name()),
                            counts.get(topics.dlq().name()),
                            written);
                    nextProgress = System.nanoTime() + PROGRESS_EVERY.toNanos();
                }
                if (exitWhenIdle != null
                        && idle.observe(List.of(counts, written))
                        && processors.state() == KafkaStreams.State.RUNNING
                        // Raw read is not raw processed: articles wait again in the identity
                        // ledger's topic and in the enrichment repartition topic.
                        && ConsumerLag.of(
                                        admin,
                                        processors.applicationId(),
                                        EnrichmentTopology.inputTopics(
                                                processors.applicationId(), topics))
                                == 0
                        && routerCaughtUp(admin, config, topics)) {
                    log.info("idle for {}: everything processed, stopping", text(exitWhenIdle));
                    return 0;
                }
            }
            return 0;
        }
    }

    /** Without routes there is no router; with them, it must have copied everything too. */
    private static boolean routerCaughtUp(Admin admin, NewsflowConfig config, Topics topics)
            throws Exception {
        return !TopicRouter.hasRoutes(config)
                || ConsumerLag.of(
                                admin,
                                SinkSettings.routerApplicationId(config),
                                topics.enriched().name())
                        == 0;
    }

    /** True once the observed state has not changed for the idle duration. */
    private static final class IdleTracker {
        private final Duration idleFor;
        private Object last;
        private long since = System.nanoTime();

        IdleTracker(Duration idleFor) {
            this.idleFor = idleFor;
        }

        boolean observe(Object state) {
            if (!state.equals(last)) {
                last = state;
                since = System.nanoTime();
                return false;
            }
            return idleFor != null && System.nanoTime() - since >= idleFor.toNanos();
        }
    }

    /** {@code 15s}, {@code 1m}, {@code 1m30s}: as durations are written in flags and the config. */
    static String text(Duration duration) {
        return duration.toString().substring(2).toLowerCase(java.util.Locale.ROOT);
    }
}
