package io.newsflow.app.commands;

import io.newsflow.app.metrics.MetricsOptions;
import io.newsflow.app.metrics.Observability;
import io.newsflow.app.runtime.BackgroundTask;
import io.newsflow.app.runtime.Lifecycle;
import io.newsflow.app.runtime.RouterRunner;
import io.newsflow.config.NewsflowConfig;
import io.newsflow.sink.FileSink;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Runs only the sinks; several instances share the partitions of the enriched topic. */
@Command(
        name = "sink",
        mixinStandardHelpOptions = true,
        description =
                "Write news.articles.enriched to files under --out and copy records to the topics"
                        + " of sink.routes, both exactly once, until Ctrl-C.")
public final class SinkCommand implements Callable<Integer> {
    @Mixin ConfigOptions options;
    @Mixin MetricsOptions metricsOptions;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: ./out).")
    Path out;

    @Override
    public Integer call() throws Exception {
        NewsflowConfig config = metricsOptions.apply(options.load());
        if (out != null) {
            config = config.withSink(config.sink().withOutDir(out));
        }
        String bootstrap = ConfigOptions.clientBootstrap(config);
        Lifecycle.ensureTopics(config, bootstrap, List.of());
        try (var lifecycle = new Lifecycle()) {
            var observability =
                    lifecycle.add(Observability.start(config, bootstrap, "sink", metricsOptions));
            var sink = lifecycle.add(new FileSink(config, bootstrap, ConfigOptions.topics(config)));
            observability.watchFileSink(sink, ConfigOptions.topics(config));
            var task = BackgroundTask.start("file-sink", sink::run, lifecycle);
            RouterRunner.startIfRouted(config, bootstrap, ConfigOptions.topics(config), lifecycle);
            lifecycle.awaitShutdownSignal();
            return task.failure() == null ? 0 : 1;
        }
    }
}
