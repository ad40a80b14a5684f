package io.newsflow.app.feeds;

import io.newsflow.app.commands.ConfigOptions;
import io.newsflow.app.metrics.MetricsOptions;
import io.newsflow.app.metrics.Observability;
import io.newsflow.app.runtime.Lifecycle;
import io.newsflow.config.NewsflowConfig;
import io.newsflow.ingest.poll.FeedPollerService;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code newsflow poll}: only the feed poller; start several to share the feeds. */
@Command(
        name = "poll",
        mixinStandardHelpOptions = true,
        description =
                "Run only the feed poller until Ctrl-C: polls the feeds in news.feeds and publishes new"
                        + " items to news.articles.raw. Several instances share the feeds (consumer group).")
public final class PollCommand implements Callable<Integer> {
    @Mixin ConfigOptions options;
    @Mixin MetricsOptions metricsOptions;

    @Override
    public Integer call() throws Exception {
        NewsflowConfig config = metricsOptions.apply(options.load());
        String bootstrap = ConfigOptions.clientBootstrap(config);
        Lifecycle.ensureTopics(config, bootstrap, List.of());
        try (var lifecycle = new Lifecycle()) {
            var observability =
                    lifecycle.add(Observability.start(config, bootstrap, "poll", metricsOptions));
            lifecycle.add(
                    new FeedPollerService(
                                    config,
                                    bootstrap,
                                    ConfigOptions.topics(config),
                                    observability.registry())
                            .start());
            lifecycle.awaitShutdownSignal();
            return 0;
        }
    }
}
