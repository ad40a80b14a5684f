package io.newsflow.app.commands;

import io.newsflow.config.NewsflowConfig;
import io.newsflow.kafka.JsonSerde;
import io.newsflow.model.EnrichedArticle;
import io.newsflow.processors.BatchEnricher;
import io.newsflow.processors.Enrichers;
import io.newsflow.processors.Envelope;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Runs the enrichment steps on JSON lines without any broker: for trying rules, debugging and
 * backfills. The very same step code as the topology ({@link BatchEnricher}).
 */
@Command(
        name = "enrich",
        mixinStandardHelpOptions = true,
        description =
                "Enrich RawArticle JSON lines from FILE (or stdin) without a broker and print EnrichedArticle"
                        + " JSON lines to stdout. Records that would be dead-lettered are reported on stderr;"
                        + " the exit code is 1 when any was.")
public final class EnrichCommand implements Callable<Integer> {
    private static final JsonSerde<EnrichedArticle> ENRICHED =
            new JsonSerde<>(EnrichedArticle.class);

    @Mixin ConfigOptions options;

    @Spec CommandSpec spec;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "FILE",
            description = "JSON Lines input (default: stdin).")
    Path file;

    @Override
    public Integer call() throws Exception {
        NewsflowConfig config = options.load();
        var enricher = new BatchEnricher(Enrichers.standard(config));
        long ok = 0;
        long failed = 0;
        try (BufferedReader in =
                        file == null
                                ? new BufferedReader(
                                        new InputStreamReader(System.in, StandardCharsets.UTF_8))
                                : Files.newBufferedReader(file, StandardCharsets.UTF_8);
                var out = new BufferedWriter(spec.commandLine().getOut())) {
            String line;
            long number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                Envelope result = enricher.enrichJson(line.getBytes(StandardCharsets.UTF_8));
                if (result.isFailed()) {
                    failed++;
                    spec.commandLine()
                            .getErr()
                            .println(
                                    "line "
                                            + number
                                            + ": rejected at stage "
                                            + result.failure().stage()
                                            + ": "
                                            + result.failure().message());
                } else {
                    ok++;
                    out.write(
                            new String(
                                    ENRICHED.serialize(null, result.article()),
                                    StandardCharsets.UTF_8));
                    out.newLine();
                }
            }
        }
        spec.commandLine()
                .getErr()
                .println(
                        "enriched "
                                + ok
                                + " articles"
                                + (failed > 0 ? ", rejected " + failed : ""));
        return failed > 0 ? 1 : 0;
    }
}
