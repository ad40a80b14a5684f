package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.app.runtime.ProcessorsRunner;
import io.newsflow.broker.testing.TestKafka;
import io.newsflow.config.NewsflowConfig;
import io.newsflow.kafka.Json;
import io.newsflow.kafka.Topics;
import io.newsflow.model.RawArticle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The broker process is killed with SIGKILL in the middle of a stream and started again on the same
 * data directory and port, under a running {@code newsflow run --bootstrap-servers}: the processors
 * and the file sink ride out the outage, and every article reaches {@code news.articles.enriched}
 * and the files exactly once.
 */
class BrokerRestartIT {
    private static final Topics TOPICS = Topics.DEFAULT;

    @TempDir Path work;

    @Test
    void aBrokerKilledAndRestartedMidStreamLosesAndDuplicatesNothing() throws Exception {
        int port = RunCommandIT.freePort();
        String bootstrap = "localhost:" + port;
        Path brokerLog = work.resolve("broker.log");
        Path out = work.resolve("out");
        List<RawArticle> articles = ProcessScaleOutIT.articles();
        Set<String> expected =
                articles.stream().map(RawArticle::articleId).collect(Collectors.toSet());

        Process broker = ChildProcesses.broker(brokerLog, work.resolve("broker"), port);
        Process run = null;
        try (Admin admin =
                Admin.create(
                        Map.of(
                                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                                bootstrap,
                                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                                3_000,
                                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                                5_000))) {
            await().atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(500))
                    .ignoreExceptions()
                    .until(
                            () ->
                                    !admin.describeCluster()
                                            .nodes()
                                            .get(5, TimeUnit.SECONDS)
                                            .isEmpty());
            // files committed every 2 s instead of every minute, so the kill lands between commits
            Path config =
                    Files.writeString(
                            work.resolve("newsflow.yaml"),
                            """
                            sink:
                              roll:
                                maxAge: 2s
                            """);
            run =
                    ChildProcesses.newsflow(
                            work.resolve("run.log"),
                            "run",
                            "--config",
                            config.toString(),
                            "--bootstrap-servers",
                            bootstrap,
                            "--no-replay",
                            "--data-dir",
                            work.resolve("run").toString(),
                            "--out",
                            out.toString());
            String group = ProcessorsRunner.applicationId(NewsflowConfig.defaults());
            await().atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(500))
                    .ignoreExceptions()
                    .until(() -> ChildProcesses.membersOwnPartitions(admin, group, 1));

            CompletableFuture<Void> publishing =
                    CompletableFuture.runAsync(
                            () -> ProcessScaleOutIT.publishPaced(bootstrap, articles));
            await().atMost(Duration.ofSeconds(60))
                    .ignoreExceptions() // no files yet
                    .until(() -> RunCommandIT.jsonLines(out).size() >= articles.size() / 5);

            broker.destroyForcibly();
            assertThat(broker.waitFor(10, TimeUnit.SECONDS)).isTrue();
            // an outage, not a blink: longer than BrokerWatch's check interval
            Thread.sleep(8_000);
            broker = ChildProcesses.broker(brokerLog, work.resolve("broker"), port);
            publishing.get(180, TimeUnit.SECONDS);

            await().atMost(Duration.ofSeconds(180))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> RunCommandIT.jsonLines(out).size() >= articles.size());
            assertThat(run.isAlive()).as("newsflow run rode out the outage").isTrue();
            var enriched =
                    TestKafka.read(
                            bootstrap, TOPICS.enriched(), articles.size(), Duration.ofSeconds(60));
            ChildProcesses.stop(run);
            assertThat(run.exitValue())
                    .as("stopped by SIGTERM, not killed after 30 s")
                    .isEqualTo(143);

            String log = Files.readString(work.resolve("run.log"));
            assertThat(log)
                    .as("the outage is told once in the log, and its end")
                    .containsOnlyOnce("Kafka at " + bootstrap + " does not answer")
                    .containsOnlyOnce("Kafka at " + bootstrap + " answers again after about");

            List<String> onTopic = enriched.stream().map(r -> r.key()).toList();
            assertThat(onTopic).doesNotHaveDuplicates();
            assertThat(Set.copyOf(onTopic)).isEqualTo(expected);
            List<String> inFiles =
                    RunCommandIT.jsonLines(out).stream().map(BrokerRestartIT::articleId).toList();
            assertThat(inFiles).doesNotHaveDuplicates();
            assertThat(Set.copyOf(inFiles)).isEqualTo(expected);
        } finally {
            if (run != null) {
                run.destroyForcibly();
            }
            broker.destroyForcibly();
            broker.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static String articleId(String line) {
        try {
            JsonNode json = Json.mapper().readTree(line);
            return json.get("articleId").asText();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
