package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.broker.testing.TestKafka;
import io.newsflow.config.NewsflowConfig;
import io.newsflow.kafka.Json;
import io.newsflow.kafka.Topics;
import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.RawArticle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scale-out of the file sink: two {@code newsflow sink} JVMs share the partitions of {@code
 * news.articles.enriched} and one output directory; one is killed with SIGKILL while writing and
 * the other takes its partitions over, recovering their positions from the committed files. Every
 * record ends up in exactly one committed file line.
 */
class SinkScaleOutIT {
    private static final Topics TOPICS = Topics.DEFAULT;
    private static final int RECORDS = 1_500;
    private static final int PER_SECOND = 150;

    @TempDir Path work;

    @Test
    void survivorTakesOverAKilledSinkAndEveryRecordIsInTheFilesOnce() throws Exception {
        Path out = work.resolve("out");
        // Commit files often, so a kill lands between commits with records in flight.
        Path config = work.resolve("newsflow.yaml");
        Files.writeString(config, "sink:\n  roll:\n    maxAge: 1s\n    maxRecords: 100\n");
        try (var kafka = TestKafka.start(work.resolve("broker"))) {
            kafka.createTopics(TOPICS, 6);
            String bootstrap = kafka.bootstrapServers();
            Process victim = startSink(bootstrap, config, out, "a");
            Process survivor = startSink(bootstrap, config, out, "b");
            try (Admin admin =
                    Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
                String group =
                        NewsflowConfig.defaults()
                                .sink()
                                .groupIdOr(NewsflowConfig.defaults().kafka().applicationId());
                await().atMost(Duration.ofSeconds(90))
                        .pollInterval(Duration.ofMillis(500))
                        .ignoreExceptions()
                        .until(() -> ChildProcesses.membersOwnPartitions(admin, group, 2));

                List<RawArticle> articles = ProcessScaleOutIT.articles().subList(0, RECORDS);
                CompletableFuture<Void> publishing =
                        CompletableFuture.runAsync(() -> publishPaced(bootstrap, articles));
                await().atMost(Duration.ofSeconds(60))
                        .pollInterval(Duration.ofMillis(200))
                        .until(() -> committedIds(out).size() >= RECORDS / 4);
                victim.destroyForcibly();
                assertThat(victim.waitFor(10, TimeUnit.SECONDS)).isTrue();
                publishing.get(60, TimeUnit.SECONDS);

                var expected = new HashSet<String>();
                articles.forEach(a -> expected.add(a.articleId()));
                await().atMost(Duration.ofSeconds(90))
                        .pollInterval(Duration.ofMillis(500))
                        .until(() -> new HashSet<>(committedIds(out)).equals(expected));
                assertThat(committedIds(out)).doesNotHaveDuplicates().hasSize(RECORDS);
                assertThat(survivor.isAlive()).isTrue();
            } finally {
                victim.destroyForcibly();
                ChildProcesses.stop(survivor);
            }
        }
    }

    private Process startSink(String bootstrap, Path config, Path out, String name)
            throws IOException {
        return ChildProcesses.newsflow(
                work.resolve(name + ".log"),
                "sink",
                "--bootstrap-servers",
                bootstrap,
                "--config",
                config.toString(),
                "--out",
                out.toString(),
                "--data-dir",
                work.resolve(name).toString());
    }

    /** The article ids in committed files (named topic+partition+from+to+kofn.jsonl), in order. */
    private static List<String> committedIds(Path out) throws IOException {
        if (!Files.exists(out)) {
            return List.of();
        }
        var ids = new ArrayList<String>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file :
                    files.filter(
                                    f ->
                                            f.getFileName()
                                                    .toString()
                                                    .matches(
                                                            ".+\\+\\d{20}\\+\\d{20}\\+\\d+of\\d+\\.jsonl"))
                            .toList()) {
                List<String> lines;
                try {
                    lines = Files.readAllLines(file);
                } catch (java.nio.file.NoSuchFileException movedAway) {
                    continue; // an interrupted batch being cleaned up by the survivor
                }
                for (String line : lines) {
                    if (!line.isBlank()) {
                        ids.add(Json.mapper().readTree(line).get("articleId").asText());
                    }
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return ids;
    }

    private static void publishPaced(String bootstrap, List<RawArticle> articles) {
        var props =
                Map.<String, Object>of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrap,
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                        true);
        try (var producer =
                new KafkaProducer<>(
                        props,
                        TOPICS.enriched().keySerde().serializer(),
                        TOPICS.enriched().valueSerde().serializer())) {
            long interval = TimeUnit.SECONDS.toNanos(1) / PER_SECOND;
            long start = System.nanoTime();
            var sends = new ArrayList<Future<?>>();
            for (int i = 0; i < articles.size(); i++) {
                long wait = start + i * interval - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                EnrichedArticle a = EnrichedArticle.of(articles.get(i));
                sends.add(
                        producer.send(
                                new ProducerRecord<>(TOPICS.enriched().name(), a.articleId(), a)));
            }
            producer.flush();
            for (var send : sends) {
                send.get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException("publishing the test records failed", e);
        }
    }
}
