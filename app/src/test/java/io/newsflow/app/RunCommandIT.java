package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.broker.testing.TestKafka;
import io.newsflow.kafka.Json;
import io.newsflow.kafka.Topics;
import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.RawArticle;
import io.newsflow.seeds.SeedCorpus;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's main job, end to end through the real command: {@code newsflow run --exit-when-idle}
 * starts its own broker, replays the seeds, enriches them and writes files.
 */
class RunCommandIT {
    @TempDir Path work;

    @Test
    void runReplaysTheSeedsToTheEnrichedTopicAndToFilesThenExitsWhenIdle() throws Exception {
        Path dataDir = work.resolve("data");
        Path out = work.resolve("out");

        Path config =
                Files.writeString(
                        work.resolve("newsflow.yaml"),
                        """
                        sink:
                          routes:
                            - lang: [id]
                        """);

        int exit =
                Newsflow.commandLine()
                        .execute(
                                "run",
                                "--config",
                                config.toString(),
                                "--exit-when-idle",
                                "3s",
                                "--data-dir",
                                dataDir.toString(),
                                "--out",
                                out.toString(),
                                "--broker-port",
                                Integer.toString(freePort()));

        assertThat(exit).isZero();
        List<String> lines = jsonLines(out);
        List<String> seedTitles =
                SeedCorpus.builtIn().articles().stream().map(RawArticle::title).toList();
        assertThat(lines).hasSize(5);
        assertThat(lines)
                .extracting(line -> Json.mapper().readTree(line).get("title").asText())
                .containsExactlyInAnyOrderElementsOf(seedTitles);

        // The broker's data survives the run: a broker restarted on the same directory still has
        // them.
        try (var kafka = TestKafka.start(dataDir.resolve("broker"))) {
            List<ConsumerRecord<String, EnrichedArticle>> enriched =
                    kafka.read(Topics.DEFAULT.enriched(), 5, Duration.ofSeconds(30));

            assertThat(enriched).hasSize(5);
            assertThat(enriched)
                    .extracting(r -> r.value().article().title())
                    .containsExactlyInAnyOrderElementsOf(seedTitles);
            assertThat(enriched)
                    .allSatisfy(r -> assertThat(r.key()).isEqualTo(r.value().articleId()));
            // The route in the config copied every Indonesian record to its own topic.
            assertThat(kafka.readBytes("news.lang.id", 5, Duration.ofSeconds(30))).hasSize(5);
        }
    }

    static List<String> jsonLines(Path out) throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jsonl"))
                    .flatMap(
                            f -> {
                                try {
                                    return Files.readAllLines(f).stream().filter(l -> !l.isBlank());
                                } catch (IOException e) {
                                    throw new java.io.UncheckedIOException(e);
                                }
                            })
                    .toList();
        }
    }

    static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
