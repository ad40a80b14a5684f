package io.newsflow.app.commands;

import io.newsflow.app.metrics.MetricsOptions;
import io.newsflow.app.metrics.Observability;
import io.newsflow.app.runtime.Lifecycle;
import io.newsflow.app.runtime.ProcessorsRunner;
import io.newsflow.config.NewsflowConfig;
import io.newsflow.processors.Enrichers;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Runs only the enrichment processors; start several for more throughput. */
@Command(
        name = "process",
        mixinStandardHelpOptions = true,
        description =
                "Run the enrichment processors (Kafka Streams, exactly-once) until Ctrl-C."
                        + " Several instances share the partitions of news.articles.raw.")
public final class ProcessCommand implements Callable<Integer> {
    private static final Logger log = LoggerFactory.getLogger(ProcessCommand.class);

    @Mixin ConfigOptions options;
    @Mixin MetricsOptions metricsOptions;

    @Override
    public Integer call() throws Exception {
        NewsflowConfig config = metricsOptions.apply(options.load());
        String bootstrap = ConfigOptions.clientBootstrap(config);
        Lifecycle.ensureTopics(config, bootstrap, List.of());
        try (var lifecycle = new Lifecycle()) {
            var observability =
                    lifecycle.add(
                            Observability.start(config, bootstrap, "process", metricsOptions));
            var processors =
                    lifecycle.add(
                            new ProcessorsRunner(
                                    config,
                                    bootstrap,
                                    ConfigOptions.topics(config),
                                    Enrichers.standard(config)));
            processors.start();
            observability.watchProcessors(processors);
            observability.tapPipeline(ConfigOptions.topics(config));
            // a signal stops the process, and so do processors that stopped for good: waiting on
            // with /health failing would leave a restart to whoever watches the probe
            while (!lifecycle.awaitShutdownSignal(Duration.ofSeconds(1))) {
                if (processors.failure() != null
                        || processors.state() == KafkaStreams.State.ERROR) {
                    log.error("processors failed; stopping with exit code 1");
                    return 1;
                }
            }
            return processors.failure() == null ? 0 : 1;
        }
    }
}
