package io.newsflow.app.feeds;

import io.newsflow.app.commands.ConfigOptions;
import io.newsflow.config.NewsflowConfig;
import io.newsflow.ingest.poll.FeedCatalogStore;
import io.newsflow.ingest.poll.FeedHealth;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code newsflow feeds list}: every feed with its health, failing feeds first. */
@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description =
                "List the subscribed feeds with their health: status, last success, next poll, items"
                        + " published and the last error. Failing feeds come first.")
public final class FeedsListCommand implements Callable<Integer> {
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    @Mixin ConfigOptions options;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        NewsflowConfig config = options.load();
        List<FeedHealth> health =
                new FeedCatalogStore(
                                ConfigOptions.clientBootstrap(config),
                                config.kafka().properties(),
                                ConfigOptions.topics(config))
                        .health();
        print(health, spec.commandLine().getOut());
        return 0;
    }

    static void print(List<FeedHealth> health, PrintWriter out) {
        out.printf(
                "%-28s %-12s %-20s %-20s %8s  %s%n",
                "FEED", "STATUS", "LAST SUCCESS", "NEXT POLL", "ITEMS", "LAST ERROR / URL");
        for (FeedHealth h : health) {
            out.printf(
                    "%-28s %-12s %-20s %-20s %8d  %s%n",
                    h.feedId(),
                    h.status()
                            + (h.consecutiveFailures() > 0 ? " x" + h.consecutiveFailures() : ""),
                    time(h.lastSuccess()),
                    time(h.nextPoll()),
                    h.itemsPublished(),
                    h.lastError() != null ? h.lastError() : h.url());
        }
        long failing = health.stream().filter(h -> h.consecutiveFailures() > 0).count();
        out.printf("%d feeds, %d failing%n", health.size(), failing);
        out.flush();
    }

    private static String time(Instant t) {
        return t == null ? "-" : TIME.format(t);
    }
}
