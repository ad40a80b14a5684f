package io.newsflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.kafka.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark in its short mode, as a smoke test: it runs both contenders end to end and writes
 * numbers. No timing target is asserted here; the real figures come from running it by hand.
 */
class BenchSmokeIT {
    @TempDir Path work;

    @Test
    void shortRunMeasuresBothContendersAndWritesJsonAndMarkdown() throws Exception {
        var settings =
                new BenchSettings(
                        1_000,
                        200,
                        2,
                        3,
                        1,
                        42,
                        false,
                        work.resolve("data"),
                        work.resolve("results"));
        var log = new ByteArrayOutputStream();

        BenchReport report =
                Bench.run(settings, new Progress(new PrintStream(log, true, "UTF-8"), false));

        for (ContenderResult r : new ContenderResult[] {report.baseline(), report.pipeline()}) {
            assertThat(r.articles()).isEqualTo(1_000);
            assertThat(r.throughput()).isPositive();
            assertThat(r.processSeconds()).isPositive();
            assertThat(r.latencySamples()).isGreaterThan(0);
            assertThat(r.p50Millis()).isBetween(0L, r.p99Millis());
            assertThat(r.peakHeapMiB()).isPositive();
            assertThat(r.cpuMicrosPerArticle()).isPositive();
            assertThat(r.coresBusy()).isPositive();
        }
        assertThat(report.throughputRatio()).isPositive();
        assertThat(report.corpus().total()).isEqualTo(1_000);
        JsonNode json = Json.mapper().readTree(work.resolve("results/bench-results.json").toFile());
        assertThat(json.get("pipeline").get("throughput").asDouble()).isPositive();
        assertThat(Files.readString(work.resolve("results/bench-results.md")))
                .contains("| throughput (articles/s) |")
                .contains("| CPU per article (µs, whole JVM) / cores busy |")
                .contains("pass-through");
        assertThat(log.toString("UTF-8")).contains("pipeline: 1,000 articles published");
        assertThat(work.resolve("data")).doesNotExist();
    }
}
