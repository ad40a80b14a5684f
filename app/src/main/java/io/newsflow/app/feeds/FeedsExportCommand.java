package io.newsflow.app.feeds;

import io.newsflow.app.commands.ConfigOptions;
import io.newsflow.config.NewsflowConfig;
import io.newsflow.ingest.poll.FeedCatalog;
import io.newsflow.ingest.poll.FeedCatalogStore;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsflow feeds export [--opml]}: prints the catalog, with URLs as polled now. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description =
                "Print the subscribed feeds as feeds.yaml (default) or OPML, with each feed's current URL"
                        + " (after permanent redirects).")
public final class FeedsExportCommand implements Callable<Integer> {
    @Mixin ConfigOptions options;

    @Spec CommandSpec spec;

    @Option(names = "--opml", description = "Print OPML 2.0 instead of YAML.")
    boolean opml;

    @Override
    public Integer call() {
        NewsflowConfig config = options.load();
        var store =
                new FeedCatalogStore(
                        ConfigOptions.clientBootstrap(config),
                        config.kafka().properties(),
                        ConfigOptions.topics(config));
        var feeds = store.feeds();
        var states = store.states();
        spec.commandLine()
                .getOut()
                .print(
                        opml
                                ? FeedCatalog.toOpml(feeds, states)
                                : FeedCatalog.toYaml(feeds, states));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
