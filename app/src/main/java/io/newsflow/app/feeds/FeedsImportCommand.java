package io.newsflow.app.feeds;

import io.newsflow.app.UserError;
import io.newsflow.app.commands.ConfigOptions;
import io.newsflow.app.runtime.Lifecycle;
import io.newsflow.config.NewsflowConfig;
import io.newsflow.ingest.poll.CatalogException;
import io.newsflow.ingest.poll.FeedCatalog;
import io.newsflow.ingest.poll.FeedCatalogStore;
import io.newsflow.model.FeedSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code newsflow feeds import FILE}: subscribes the feeds of a YAML or OPML file. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description =
                "Subscribe the feeds listed in FILE (feeds.yaml or an OPML export of a feed reader)."
                        + " Feeds already subscribed under the same id are updated.")
public final class FeedsImportCommand implements Callable<Integer> {
    @Mixin ConfigOptions options;

    @Parameters(index = "0", paramLabel = "FILE", description = "feeds.yaml or subscriptions.opml")
    Path file;

    @Override
    public Integer call() {
        NewsflowConfig config = options.load();
        String bootstrap = ConfigOptions.clientBootstrap(config);
        int imported = importFile(config, bootstrap, file);
        System.out.println("imported " + imported + " feeds from " + file);
        return 0;
    }

    /** Reads the file and writes its feeds to news.feeds; also what {@code run --feeds} calls. */
    public static int importFile(NewsflowConfig config, String bootstrap, Path file) {
        return publish(config, bootstrap, read(file));
    }

    /** The feeds of a YAML or OPML catalog, or a one-line error naming every problem. */
    public static List<FeedSpec> read(Path file) {
        try {
            return FeedCatalog.importFile(file);
        } catch (CatalogException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** Writes {@code feeds} to the catalog topic; returns how many. */
    public static int publish(NewsflowConfig config, String bootstrap, List<FeedSpec> feeds) {
        Lifecycle.ensureTopics(config, bootstrap, List.of());
        return new FeedCatalogStore(
                        bootstrap, config.kafka().properties(), ConfigOptions.topics(config))
                .publish(feeds);
    }
}
