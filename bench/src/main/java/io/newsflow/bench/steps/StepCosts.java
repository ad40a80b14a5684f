package io.newsflow.bench.steps;

import io.newsflow.bench.corpus.BenchCorpus;
import io.newsflow.config.ConfigLoader;
import io.newsflow.config.NewsflowConfig;
import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.RawArticle;
import io.newsflow.processors.Enrichers;
import io.newsflow.processors.EnrichmentStep;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * CPU time of each stateless enrichment step on the benchmark corpus, one thread, no Kafka: the
 * quick way to see which step an end-to-end result is waiting for, and to check a speed-up of one
 * step without a whole {@code ./newsflow bench} run. Prints microseconds of thread CPU time per
 * article for each step, and each step's share.
 *
 * <p>{@code java -cp bench/target/newsflow-bench.jar io.newsflow.bench.steps.StepCosts [articles]
 * [rounds] [newsflow.yaml]}
 */
public final class StepCosts {
    private StepCosts() {}

    public static void main(String[] args) {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        var corpus = new ArrayList<RawArticle>(articles);
        new BenchCorpus(42).generate(articles, corpus::add);
        NewsflowConfig config =
                args.length > 2
                        ? ConfigLoader.fromSystemEnvironment().load(Path.of(args[2]))
                        : NewsflowConfig.defaults();
        Enrichers enrichers = Enrichers.standard(config);
        List<EnrichmentStep> steps =
                List.of(
                        enrichers.normalize(),
                        enrichers.language(),
                        enrichers.entities(),
                        enrichers.topics());
        var threads = ManagementFactory.getThreadMXBean();
        System.out.printf(
                Locale.ROOT,
                "%,d articles of the bench corpus, %d rounds (the first is warm-up)%n",
                articles,
                rounds);
        for (int round = 0; round < rounds; round++) {
            long[] nanos = new long[steps.size()];
            for (RawArticle raw : corpus) {
                EnrichedArticle article = EnrichedArticle.of(raw);
                for (int s = 0; s < steps.size(); s++) {
                    long start = threads.getCurrentThreadCpuTime();
                    article = steps.get(s).apply(article);
                    nanos[s] += threads.getCurrentThreadCpuTime() - start;
                }
            }
            long total = 0;
            for (long n : nanos) {
                total += n;
            }
            var line = new StringBuilder(round == 0 ? "warm-up " : "round " + round + " ");
            for (int s = 0; s < steps.size(); s++) {
                line.append(
                        String.format(
                                Locale.ROOT,
                                " %s %.0f µs (%.0f%%)",
                                steps.get(s).name(),
                                nanos[s] / 1e3 / articles,
                                100.0 * nanos[s] / total));
            }
            line.append(
                    String.format(
                            Locale.ROOT,
                            " | all %.0f µs = %,.0f articles/s per core",
                            total / 1e3 / articles,
                            articles / (total / 1e9)));
            System.out.println(line);
        }
    }
}
