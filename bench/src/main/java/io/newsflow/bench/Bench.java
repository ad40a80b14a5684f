package io.newsflow.bench;

import io.newsflow.bench.corpus.BenchCorpus;
import io.newsflow.broker.EmbeddedKafka;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./newsflow bench}: the whole pipeline against a pass-through topology, on one embedded
 * broker in one run, so the result is a ratio that means the same on any machine. Its own {@code
 * main} because the bench module depends on the app (the launcher routes {@code bench} here).
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description =
                "Benchmark the enrichment pipeline against a pass-through topology on an embedded broker:"
                        + " throughput, end-to-end latency at a fixed rate, heap and RSS.")
public final class Bench implements Callable<Integer> {
    @Option(
            names = "--articles",
            paramLabel = "N",
            description = "Articles in each bulk phase (default: ${DEFAULT-VALUE}).")
    long articles = 100_000;

    @Option(
            names = "--rate",
            paramLabel = "PER_SECOND",
            description = "Offered rate of the latency phase (default: ${DEFAULT-VALUE}).")
    int rate = 500;

    @Option(
            names = "--latency-seconds",
            paramLabel = "SECONDS",
            description = "Length of the latency phase (default: ${DEFAULT-VALUE}).")
    int latencySeconds = 20;

    @Option(
            names = "--partitions",
            description = "Partitions of every topic (default: ${DEFAULT-VALUE}).")
    int partitions = 6;

    @Option(
            names = "--stream-threads",
            paramLabel = "N",
            description =
                    "Kafka Streams threads per contender, as -P num.stream.threads for `process`"
                            + " (default: ${DEFAULT-VALUE}).")
    int streamThreads = 1;

    @Option(names = "--seed", description = "Corpus seed (default: ${DEFAULT-VALUE}).")
    long seed = 42;

    @Option(names = "--no-warm-up", description = "Skip the discarded warm-up run.")
    boolean noWarmUp;

    @Option(names = "--short", description = "Smoke mode: 1,000 articles and a 2 s latency phase.")
    boolean shortMode;

    @Option(
            names = "--results",
            paramLabel = "DIR",
            description = "Where bench-results.json and .md go (default: ${DEFAULT-VALUE}).")
    Path results = Path.of("target", "bench-results");

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            description =
                    "Scratch directory for the broker, deleted after (default: ${DEFAULT-VALUE}).")
    Path dataDir = Path.of("target", "bench-data");

    public static void main(String[] args) {
        System.exit(new CommandLine(new Bench()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        var settings =
                new BenchSettings(
                        shortMode ? 1_000 : articles,
                        rate,
                        shortMode ? 2 : latencySeconds,
                        partitions,
                        streamThreads,
                        seed,
                        !noWarmUp && !shortMode,
                        dataDir,
                        results);
        BenchReport report = run(settings, Progress.toStderr());
        System.out.println();
        System.out.print(report.markdown());
        System.out.println();
        System.out.println("results: " + settings.resultsDir().toAbsolutePath());
        return 0;
    }

    /** Runs the whole benchmark and writes its results; the smoke test calls this too. */
    static BenchReport run(BenchSettings settings, Progress progress) throws Exception {
        deleteRecursively(settings.dataDir());
        BenchCorpus.Mix mix =
                new BenchCorpus(settings.seed()).generate(settings.articles(), a -> {});
        try (var broker =
                EmbeddedKafka.start(
                        new EmbeddedKafka.Settings(
                                settings.dataDir().resolve("broker"),
                                "localhost",
                                0,
                                0,
                                Map.of()))) {
            var runner = new ContenderRun(settings, broker.bootstrapServers(), progress);
            if (settings.warmUp()) {
                runner.run(
                        Contender.PASS_THROUGH,
                        "warm-up",
                        Math.min(20_000, settings.articles() / 5),
                        false);
            }
            ContenderResult baseline =
                    runner.run(Contender.PASS_THROUGH, "pass-through", settings.articles(), true);
            ContenderResult pipeline =
                    runner.run(Contender.PIPELINE, "pipeline", settings.articles(), true);
            BenchReport report = BenchReport.of(mix, settings.streamThreads(), baseline, pipeline);
            report.write(settings.resultsDir());
            return report;
        } finally {
            deleteRecursively(settings.dataDir());
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
