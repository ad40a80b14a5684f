package io.newsflow.bench;

import io.newsflow.bench.corpus.BenchCorpus;
import io.newsflow.kafka.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

/**
 * The benchmark's result: both contenders, the pipeline's ratio to the baseline and the verdict on
 * each target, as JSON (for tools) and as the Markdown table the docs show.
 */
record BenchReport(
        Instant finishedAt,
        Environment environment,
        BenchCorpus.Mix corpus,
        int streamThreads,
        ContenderResult baseline,
        ContenderResult pipeline,
        double throughputRatio,
        Targets targets) {

    /** The machine the numbers belong to. */
    record Environment(int cores, String java, long maxHeapMiB, String os) {
        static Environment current() {
            return new Environment(
                    Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                    Runtime.getRuntime().maxMemory() / (1024 * 1024),
                    System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        }
    }

    /** The targets, each met or not. */
    record Targets(
            boolean throughputAtLeastHalfOfBaseline,
            boolean hundredThousandUnderSixtySeconds,
            boolean p99Under500Millis) {}

    static BenchReport of(
            BenchCorpus.Mix corpus,
            int streamThreads,
            ContenderResult baseline,
            ContenderResult pipeline) {
        double ratio = round(pipeline.throughput() / baseline.throughput());
        // The 60 s target is for 100,000 articles; scale it to the run's size.
        double budget = 60.0 * pipeline.articles() / 100_000;
        return new BenchReport(
                Instant.now(),
                Environment.current(),
                corpus,
                streamThreads,
                baseline,
                pipeline,
                ratio,
                new Targets(
                        ratio >= 0.5,
                        pipeline.processSeconds() < budget,
                        pipeline.latencySamples() > 0 && pipeline.p99Millis() < 500));
    }

    void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Json.mapper()
                .writerWithDefaultPrettyPrinter()
                .writeValue(dir.resolve("bench-results.json").toFile(), this);
        Files.writeString(dir.resolve("bench-results.md"), markdown(), StandardCharsets.UTF_8);
    }

    String markdown() {
        var md = new StringBuilder();
        md.append(
                String.format(
                        Locale.ROOT,
                        "%,d articles (%d%% new stories, %d%% duplicates, %d%% edits, %d%% syndicated"
                                + " copies); %d stream thread(s) per contender; %d cores, %s, max heap %d MiB;"
                                + " broker in the same JVM.%n%n",
                        pipeline.articles(),
                        100
                                - BenchCorpus.DUPLICATE_PERCENT
                                - BenchCorpus.EDIT_PERCENT
                                - BenchCorpus.SYNDICATED_PERCENT,
                        BenchCorpus.DUPLICATE_PERCENT,
                        BenchCorpus.EDIT_PERCENT,
                        BenchCorpus.SYNDICATED_PERCENT,
                        streamThreads,
                        environment.cores(),
                        environment.java(),
                        environment.maxHeapMiB()));
        md.append("| measure | pass-through | pipeline | pipeline / pass-through | target |\n");
        md.append("|---|---:|---:|---:|---|\n");
        row(
                md,
                "throughput (articles/s)",
                fmt(baseline.throughput()),
                fmt(pipeline.throughput()),
                String.format(Locale.ROOT, "%.2f", throughputRatio),
                "≥ 0.50 " + mark(targets.throughputAtLeastHalfOfBaseline()));
        row(
                md,
                "published and processed (s)",
                String.format(Locale.ROOT, "%.1f", baseline.processSeconds()),
                String.format(Locale.ROOT, "%.1f", pipeline.processSeconds()),
                "",
                "< 60 s per 100,000 " + mark(targets.hundredThousandUnderSixtySeconds()));
        row(
                md,
                "of which publishing (s)",
                String.format(Locale.ROOT, "%.1f", baseline.replaySeconds()),
                String.format(Locale.ROOT, "%.1f", pipeline.replaySeconds()),
                "",
                "");
        row(
                md,
                "CPU per article (µs, whole JVM) / cores busy",
                cpu(baseline),
                cpu(pipeline),
                String.format(
                        Locale.ROOT,
                        "%.1f× the CPU",
                        pipeline.cpuMicrosPerArticle() / baseline.cpuMicrosPerArticle()),
                "");
        row(
                md,
                "latency p50 / p95 / p99 (ms) at " + pipeline.offeredRate() + "/s",
                latency(baseline),
                latency(pipeline),
                "",
                "p99 < 500 ms " + mark(targets.p99Under500Millis()));
        row(
                md,
                "peak heap / RSS (MiB)",
                baseline.peakHeapMiB() + " / " + baseline.peakRssMiB(),
                pipeline.peakHeapMiB() + " / " + pipeline.peakRssMiB(),
                "",
                "");
        return md.toString();
    }

    private static void row(StringBuilder md, String... cells) {
        md.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }

    private static String cpu(ContenderResult r) {
        return String.format(Locale.ROOT, "%,.0f / %.2f", r.cpuMicrosPerArticle(), r.coresBusy());
    }

    private static String latency(ContenderResult r) {
        return r.p50Millis() + " / " + r.p95Millis() + " / " + r.p99Millis();
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    private static String mark(boolean met) {
        return met ? "✅" : "❌";
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
