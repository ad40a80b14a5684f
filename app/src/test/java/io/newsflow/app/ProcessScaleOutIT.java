package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.app.runtime.ProcessorsRunner;
import io.newsflow.app.runtime.TopicCounter;
import io.newsflow.broker.testing.TestKafka;
import io.newsflow.config.NewsflowConfig;
import io.newsflow.kafka.Topics;
import io.newsflow.model.Origin;
import io.newsflow.model.RawArticle;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scale-out across processes: two {@code newsflow process} JVMs share the six partitions of one
 * broker; one is killed with SIGKILL mid-stream and the other takes its partitions over. Exactly
 * once means every article is on {@code news.articles.enriched} once — none lost, none twice.
 */
class ProcessScaleOutIT {
    private static final Topics TOPICS = Topics.DEFAULT;
    private static final int ARTICLES = 2_000;
    private static final int PER_SECOND = 200;

    @TempDir Path work;

    @Test
    void survivorTakesOverAKilledProcessorWithoutLosingOrDuplicatingRecords() throws Exception {
        try (var kafka = TestKafka.start(work.resolve("broker"))) {
            kafka.createTopics(TOPICS, 6);
            String bootstrap = kafka.bootstrapServers();
            Process victim = startProcessor(bootstrap, "a");
            Process survivor = startProcessor(bootstrap, "b");
            try (Admin admin =
                            Admin.create(
                                    Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
                    var enriched =
                            new TopicCounter(
                                    bootstrap, Map.of(), List.of(TOPICS.enriched().name()))) {
                String group = ProcessorsRunner.applicationId(NewsflowConfig.defaults());
                await().atMost(Duration.ofSeconds(90))
                        .pollInterval(Duration.ofMillis(500))
                        .ignoreExceptions()
                        .until(() -> ChildProcesses.membersOwnPartitions(admin, group, 2));

                List<RawArticle> articles = articles();
                CompletableFuture<Void> publishing =
                        CompletableFuture.runAsync(() -> publishPaced(bootstrap, articles));
                await().atMost(Duration.ofSeconds(60))
                        .until(() -> enriched.count(TOPICS.enriched().name()) >= ARTICLES / 4);
                victim.destroyForcibly();
                assertThat(victim.waitFor(10, TimeUnit.SECONDS)).isTrue();
                publishing.get(60, TimeUnit.SECONDS);

                var out = kafka.read(TOPICS.enriched(), ARTICLES, Duration.ofSeconds(90));

                Set<String> expected = new HashSet<>();
                articles.forEach(a -> expected.add(a.articleId()));
                List<String> keys = out.stream().map(r -> r.key()).toList();
                assertThat(keys).doesNotHaveDuplicates();
                assertThat(new HashSet<>(keys)).isEqualTo(expected);
                assertThat(survivor.isAlive()).isTrue();
            } finally {
                victim.destroyForcibly();
                ChildProcesses.stop(survivor);
            }
        }
    }

    private Process startProcessor(String bootstrap, String name) throws IOException {
        return ChildProcesses.newsflow(
                work.resolve(name + ".log"),
                "process",
                "--bootstrap-servers",
                bootstrap,
                "--data-dir",
                work.resolve(name).toString());
    }

    /** Distinct articles (distinct URLs and texts), so no identity rule merges any two. */
    static List<RawArticle> articles() {
        var random = new SplittableRandom(7);
        var out = new ArrayList<RawArticle>();
        for (int i = 0; i < ARTICLES; i++) {
            var text = new StringBuilder();
            for (int w = 0; w < 60; w++) {
                text.append(Integer.toString(random.nextInt(1 << 20), 36)).append(' ');
            }
            out.add(
                    RawArticle.builder()
                            .feedId("scale-out")
                            .sourceName("scale-out")
                            .url("https://scale-out.invalid/articles/" + i)
                            .title("Artikel " + i + " " + Integer.toString(random.nextInt(), 36))
                            .content(text.toString().strip())
                            .fetchedAt(Instant.parse("2025-09-01T00:00:00Z").plusSeconds(i))
                            .origin(Origin.REPLAY)
                            .build());
        }
        return out;
    }

    static void publishPaced(String bootstrap, List<RawArticle> articles) {
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
                        TOPICS.raw().keySerde().serializer(),
                        TOPICS.raw().valueSerde().serializer())) {
            long interval = TimeUnit.SECONDS.toNanos(1) / PER_SECOND;
            long start = System.nanoTime();
            var sends = new ArrayList<java.util.concurrent.Future<?>>();
            for (int i = 0; i < articles.size(); i++) {
                long wait = start + i * interval - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                RawArticle a = articles.get(i);
                sends.add(
                        producer.send(new ProducerRecord<>(TOPICS.raw().name(), a.articleId(), a)));
            }
            producer.flush();
            for (var send : sends) {
                send.get(30, TimeUnit.SECONDS); // a lost send must fail the test, not hide
            }
        } catch (Exception e) {
            throw new IllegalStateException("publishing the test articles failed", e);
        }
    }
}
