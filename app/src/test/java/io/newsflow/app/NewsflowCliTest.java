package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.kafka.Json;
import io.newsflow.kafka.JsonSerde;
import io.newsflow.kafka.Topics;
import io.newsflow.model.RawArticle;
import io.newsflow.seeds.SeedCorpus;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class NewsflowCliTest {
    @TempDir Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Newsflow.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"run", "broker", "replay", "redeliver", "process", "sink", "tail", "enrich"})
    void everySubcommandExplainsItself(String command) {
        assertThat(run(command, "--help")).isZero();
        assertThat(out.toString()).contains("Usage: newsflow " + command).contains("--config");
    }

    @Test
    void runDocumentsItsMainOptions() {
        run("run", "--help");

        assertThat(out.toString())
                .contains(
                        "--exit-when-idle",
                        "--bootstrap-servers",
                        "--replay",
                        "--no-replay",
                        "--data-dir",
                        "--out",
                        "--broker-port");
    }

    @Test
    void anUnreachableClusterIsOneLineNamingItNotAStackTrace() {
        // the admin's own timeout (shortened here) failed first and reached the user as a trace
        int exit =
                run(
                        "replay",
                        "--bootstrap-servers",
                        "localhost:1",
                        "-P",
                        "default.api.timeout.ms=2000",
                        "-P",
                        "request.timeout.ms=1000");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString())
                .startsWith("newsflow: cannot reach Kafka at localhost:1")
                .contains("--bootstrap-servers")
                .doesNotContain("\tat ");
    }

    @Test
    void helpShowsTheConfigFilesSubstitutionSyntax() {
        // picocli read ${VAR:default} as its own variable and printed "null is substituted"
        run("run", "--help");

        assertThat(out.toString())
                .contains("${VAR:default} is substituted")
                .doesNotContain("null is substituted");
    }

    @Test
    void wrongInputPathsAreOneLineBeforeAnyKafkaWork() {
        // no broker and no cluster here: each fails on its input, not after ~35 s on Kafka
        Path missing = dir.resolve("nowhere");

        assertThat(run("replay", missing.toString())).isEqualTo(2);
        assertThat(
                        run(
                                "run",
                                "--feeds",
                                missing.resolve("feeds.yaml").toString(),
                                "--data-dir",
                                dir.toString()))
                .isEqualTo(2);
        assertThat(run("run", "--replay", missing.toString(), "--data-dir", dir.toString()))
                .isEqualTo(2);

        assertThat(err.toString().lines())
                .containsExactly(
                        "newsflow: no corpus at "
                                + missing
                                + ": give a directory of .txt files or a JSON Lines file of RawArticles",
                        "newsflow: "
                                + missing.resolve("feeds.yaml")
                                + ": no such file (relative paths start at "
                                + Path.of("").toAbsolutePath()
                                + ")",
                        "newsflow: no corpus at "
                                + missing
                                + ": give a directory of .txt files or a JSON Lines file of RawArticles");
    }

    @Test
    void portsGivenAsFlagsAreChecked() {
        assertThat(run("run", "--broker-port", "99999", "--data-dir", dir.toString())).isEqualTo(2);
        assertThat(run("broker", "--broker-port", "-1", "--data-dir", dir.toString())).isEqualTo(2);
        assertThat(run("run", "--metrics-port", "70000", "--data-dir", dir.toString()))
                .isEqualTo(2);

        assertThat(err.toString())
                .contains("broker.port: must be 0–65535, was 99999")
                .contains("broker.port: must be 0–65535, was -1")
                .contains("metrics.port")
                .doesNotContain("\tat ");
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertThat(run("run", "--exit-when-bored", "3s")).isEqualTo(2);
        assertThat(err.toString())
                .contains("'--exit-when-bored'")
                .contains("Possible solutions: --exit-when-idle");
    }

    @Test
    void badConfigurationIsRejectedWithEveryProblemBeforeAnythingStarts() throws Exception {
        Path config =
                Files.writeString(
                        dir.resolve("newsflow.yaml"),
                        """
                kafka:
                  partitions: -1
                  replicationFactor: 0
                identity:
                  mode: sometimes
                """);

        assertThat(run("process", "--config", config.toString())).isEqualTo(2);
        assertThat(err.toString())
                .contains("3 problems")
                .contains("kafka.partitions")
                .contains("kafka.replicationFactor")
                .contains("identity.mode");
    }

    @Test
    void enrichRunsTheStepsWithoutABrokerAndReportsRejectsByLine() throws Exception {
        var serde = new JsonSerde<>(RawArticle.class);
        List<String> lines = new ArrayList<>();
        for (RawArticle seed : SeedCorpus.builtIn().articles()) {
            lines.add(new String(serde.serialize("t", seed), StandardCharsets.UTF_8));
        }
        lines.add(2, "{\"articleId\":\"empty\",\"feedId\":\"f\"}");
        Path input = Files.write(dir.resolve("raw.jsonl"), lines);

        int exit = run("enrich", input.toString());

        List<String> output = out.toString().lines().toList();
        assertThat(exit).as("a rejected record makes the exit code 1").isEqualTo(1);
        assertThat(output).hasSize(5);
        for (String line : output) {
            var json = Json.mapper().readTree(line);
            assertThat(json.get("versions").get("pipeline").asText()).isNotBlank();
            assertThat(json.get("content").asText()).doesNotContain("negara -negara");
        }
        assertThat(err.toString()).contains("line 3: rejected at stage parse").contains("no text");
    }

    @Test
    void tailAcceptsShortTopicNames() {
        assertThat(io.newsflow.app.commands.TailCommand.resolve(Topics.withPrefix("x."), "dlq"))
                .isEqualTo("x.news.dlq");
        assertThat(io.newsflow.app.commands.TailCommand.resolve(Topics.DEFAULT, "news.lang.id"))
                .isEqualTo("news.lang.id");
    }
}
