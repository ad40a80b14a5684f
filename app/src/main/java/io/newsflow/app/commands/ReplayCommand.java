package io.newsflow.app.commands;

import io.newsflow.app.UserError;
import io.newsflow.app.runtime.Lifecycle;
import io.newsflow.config.NewsflowConfig;
import io.newsflow.ingest.replay.Corpora;
import io.newsflow.ingest.replay.Corpus;
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
        Corpus source = corpus(corpus); // a wrong path is told before any Kafka work
        String bootstrap = ConfigOptions.clientBootstrap(config);
        Lifecycle.ensureTopics(config, bootstrap, List.of());
        Replayer.Result result = replay(config, bootstrap, source);
        System.out.println(
                "published "
                        + result.published()
                        + " articles"
                        + (result.rejected() > 0
                                ? ", rejected " + result.rejected() + " (see the log)"
                                : ""));
        return result.rejected() > 0 ? 1 : 0;
    }

    /** The corpus at {@code path} (the seeds for {@code null}), or a one-line error if none. */
    static Corpus corpus(Path path) {
        try {
            return Corpora.forPath(path);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    static Replayer.Result replay(NewsflowConfig config, String bootstrap, Corpus corpus) {
        Topics topics = ConfigOptions.topics(config);
        try (var producer =
                Replayer.producer(bootstrap, config.kafka().properties(), topics.raw())) {
            return new Replayer(producer, topics.raw()).replay(corpus);
        }
    }
}
