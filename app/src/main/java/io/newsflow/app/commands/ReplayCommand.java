package io.newsflow.app.commands;

import io.newsflow.app.runtime.Lifecycle;
import io.newsflow.config.NewsflowConfig;
import io.newsflow.ingest.replay.Corpora;
import io.newsflow.ingest.replay.Replayer;
import io.newsflow.kafka.Topics;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** Publishes a corpus to {@code news.articles.raw} of a running cluster, then exits. */
@Command(
        name = "replay",
        mixinStandardHelpOptions = true,
        description =
                "Publish a corpus to news.articles.raw: the built-in seeds (default), a directory of .txt"
                        + " files, or a JSON Lines file of RawArticles.")
public final class ReplayCommand implements Callable<Integer> {
    @Mixin ConfigOptions options;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "PATH",
            description = "Corpus to replay (default: the seeds).")
    Path corpus;

    @Override
    public Integer call() {
        NewsflowConfig config = options.load();
        String bootstrap = ConfigOptions.clientBootstrap(config);
        Lifecycle.ensureTopics(config, bootstrap, List.of());
        Replayer.Result result = replay(config, bootstrap, corpus);
        System.out.println(
                "published "
                        + result.published()
                        + " articles"
                        + (result.rejected() > 0
                                ? ", rejected " + result.rejected() + " (see the log)"
                                : ""));
        return result.rejected() > 0 ? 1 : 0;
    }

    static Replayer.Result replay(NewsflowConfig config, String bootstrap, Path corpus) {
        Topics topics = ConfigOptions.topics(config);
        try (var producer =
                Replayer.producer(bootstrap, config.kafka().properties(), topics.raw())) {
            return new Replayer(producer, topics.raw()).replay(Corpora.forPath(corpus));
        }
    }
}
