package io.newsflow.ingest.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.broker.testing.TestKafka;
import io.newsflow.config.KafkaConfig;
import io.newsflow.config.NewsflowConfig;
import io.newsflow.config.PollerConfig;
import io.newsflow.kafka.Topics;
import io.newsflow.model.FeedSpec;
import io.newsflow.model.RawArticle;
import io.newsflow.seeds.SeedCorpus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedPollerServiceIT {
    @TempDir static Path dataDir;
    static TestKafka kafka;
    private final SeedCorpus seeds = SeedCorpus.builtIn();

    @BeforeAll
    static void startBroker() {
        kafka = TestKafka.start(dataDir);
    }

    @AfterAll
    static void stopBroker() {
        kafka.close();
    }

    @Test
    void publishesSeedFeedsToRawTopicAndARestartedPollerRepublishesNothing() {
        Topics topics = Topics.withPrefix("seeds.");
        kafka.createTopics(topics, 3);
        AtomicBoolean honourValidators = new AtomicBoolean(true);
        try (var server = LocalFeedServer.start("0.0.0.0")) {
            String base = "http://127.0.0.1:" + server.port();
            Map<String, String> bodies =
                    Map.of(
                            "/rss",
                            seeds.renderRss(base),
                            "/atom",
                            seeds.renderAtom(base),
                            "/json",
                            seeds.renderJsonFeed(base));
            bodies.forEach(
                    (path, body) ->
                            server.route(
                                    path,
                                    ex -> {
                                        ex.getResponseHeaders().set("ETag", "\"" + path + "\"");
                                        if (honourValidators.get()
                                                && ("\"" + path + "\"")
                                                        .equals(
                                                                ex.getRequestHeaders()
                                                                        .getFirst(
                                                                                "If-None-Match"))) {
                                            ex.sendResponseHeaders(304, -1);
                                        } else {
                                            LocalFeedServer.send(
                                                    ex,
                                                    200,
                                                    "application/xml",
                                                    body.getBytes(StandardCharsets.UTF_8));
                                        }
                                    }));
            var store = new FeedCatalogStore(kafka.bootstrapServers(), Map.of(), topics);
            store.publish(
                    List.of(
                            spec("rss", "http://127.0.0.2:" + server.port() + "/rss"),
                            spec("atom", "http://127.0.0.3:" + server.port() + "/atom"),
                            spec("json", "http://127.0.0.4:" + server.port() + "/json")));
            NewsflowConfig config = config("seeds", "newsflow/test");

            try (var service =
                    new FeedPollerService(
                                    config,
                                    kafka.bootstrapServers(),
                                    topics,
                                    new SimpleMeterRegistry())
                            .start()) {
                await().atMost(Duration.ofSeconds(30))
                        .until(
                                () ->
                                        bodies.keySet().stream()
                                                .allMatch(
                                                        p ->
                                                                server.requests(p).stream()
                                                                        .anyMatch(
                                                                                r ->
                                                                                        r.header(
                                                                                                        "If-None-Match")
                                                                                                != null)));
            }
            var raw = kafka.read(topics.raw(), 15, Duration.ofSeconds(20));
            assertThat(raw).hasSize(15);
            assertThat(raw)
                    .allSatisfy(
                            r -> {
                                RawArticle a = r.value();
                                assertThat(r.key()).isEqualTo(a.articleId());
                                assertThat(a.languageHint()).isEqualTo("id");
                                assertThat(a.provenance().httpStatus()).isEqualTo(200);
                                assertThat(a.title()).isNotBlank();
                                assertThat(a.content()).isNotBlank();
                            });
            assertThat(raw).extracting(r -> r.value().feedId()).containsOnly("rss", "atom", "json");

            // Restart with a server that now ignores validators: only the remembered item keys
            // (from news.feeds.state) stand between the poller and republishing.
            honourValidators.set(false);
            int before = server.requests().size();
            try (var restarted =
                    new FeedPollerService(
                                    config,
                                    kafka.bootstrapServers(),
                                    topics,
                                    new SimpleMeterRegistry())
                            .start()) {
                await().atMost(Duration.ofSeconds(30))
                        .until(
                                () ->
                                        bodies.keySet().stream()
                                                .allMatch(
                                                        p ->
                                                                server.requests(p).size()
                                                                        >= 2
                                                                                + countBefore(
                                                                                        server, p,
                                                                                        before)));
            }
            assertThat(kafka.read(topics.raw(), 15, Duration.ofSeconds(10))).hasSize(15);
            List<FeedHealth> health = store.health();
            assertThat(health)
                    .hasSize(3)
                    .allSatisfy(
                            h -> {
                                assertThat(h.status()).isEqualTo("ok");
                                assertThat(h.itemsPublished()).isEqualTo(seeds.size());
                                assertThat(h.nextPoll()).isNotNull();
                            });
        }
    }

    private static int countBefore(LocalFeedServer server, String path, int firstN) {
        return (int)
                server.requests().subList(0, firstN).stream()
                        .filter(r -> r.path().equals(path))
                        .count();
    }

    @Test
    void twoInstancesShareTwentyFeedsAndTheSurvivorTakesOverAll() {
        Topics topics = Topics.withPrefix("group.");
        kafka.createTopics(topics, 6);
        Map<String, List<String>> pollersByFeed = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> concurrent = new ConcurrentHashMap<>();
        List<String> overlaps = new CopyOnWriteArrayList<>();
        try (var server = LocalFeedServer.start("0.0.0.0")) {
            byte[] body = seeds.renderRss("http://x").getBytes(StandardCharsets.UTF_8);
            List<FeedSpec> specs = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String id = "feed-" + i;
                server.route(
                        "/" + id,
                        ex -> {
                            int now =
                                    concurrent
                                            .computeIfAbsent(id, k -> new AtomicInteger())
                                            .incrementAndGet();
                            if (now > 1) {
                                overlaps.add(id);
                            }
                            pollersByFeed
                                    .computeIfAbsent(id, k -> new CopyOnWriteArrayList<>())
                                    .add(ex.getRequestHeaders().getFirst("User-Agent"));
                            try {
                                LocalFeedServer.send(ex, 200, "application/rss+xml", body);
                            } finally {
                                concurrent.get(id).decrementAndGet();
                            }
                        });
                specs.add(spec(id, "http://127.0.0." + (10 + i) + ":" + server.port() + "/" + id));
            }
            new FeedCatalogStore(kafka.bootstrapServers(), Map.of(), topics).publish(specs);

            var a =
                    new FeedPollerService(
                                    config("group", "instance-a"),
                                    kafka.bootstrapServers(),
                                    topics,
                                    new SimpleMeterRegistry(),
                                    java.time.Clock.systemUTC(),
                                    new SplittableRandom(1))
                            .start();
            var b =
                    new FeedPollerService(
                                    config("group", "instance-b"),
                                    kafka.bootstrapServers(),
                                    topics,
                                    new SimpleMeterRegistry(),
                                    java.time.Clock.systemUTC(),
                                    new SplittableRandom(2))
                            .start();
            try {
                await().atMost(Duration.ofSeconds(40))
                        .until(
                                () ->
                                        a.poller().feedIds().size() + b.poller().feedIds().size()
                                                        == 20
                                                && !a.poller().feedIds().isEmpty()
                                                && !b.poller().feedIds().isEmpty());
                Set<String> ownedByA = new HashSet<>(a.poller().feedIds());
                Set<String> ownedByB = new HashSet<>(b.poller().feedIds());
                assertThat(ownedByA).doesNotContainAnyElementsOf(ownedByB);
                pollersByFeed.clear();
                await().atMost(Duration.ofSeconds(20))
                        .until(
                                () ->
                                        pollersByFeed.size() == 20
                                                && pollersByFeed.values().stream()
                                                        .allMatch(l -> l.size() >= 2));
                pollersByFeed.forEach(
                        (feed, agents) -> assertThat(new HashSet<>(agents)).as(feed).hasSize(1));
                pollersByFeed.forEach(
                        (feed, agents) ->
                                assertThat(agents.get(0))
                                        .isEqualTo(
                                                ownedByA.contains(feed)
                                                        ? "instance-a"
                                                        : "instance-b"));

                b.close();
                await().atMost(Duration.ofSeconds(40))
                        .until(() -> a.poller().feedIds().size() == 20);
                pollersByFeed.clear();
                await().atMost(Duration.ofSeconds(20)).until(() -> pollersByFeed.size() == 20);
                assertThat(pollersByFeed.values())
                        .allSatisfy(agents -> assertThat(agents).containsOnly("instance-a"));
                assertThat(overlaps).as("feeds polled by two instances at once").isEmpty();
            } finally {
                b.close();
                a.close();
            }
        }
    }

    private static NewsflowConfig config(String app, String userAgent) {
        return NewsflowConfig.defaults()
                .withKafka(new KafkaConfig(kafka.bootstrapServers(), null, null, null, app, null))
                .withPoller(
                        PollerConfig.builder()
                                .intervals(
                                        Duration.ofMillis(300),
                                        Duration.ofMillis(300),
                                        Duration.ofSeconds(1))
                                .retryBase(Duration.ofMillis(200))
                                .requestTimeout(Duration.ofSeconds(2))
                                .hostGap(Duration.ZERO)
                                .concurrency(8)
                                .userAgent(userAgent)
                                .build());
    }

    private static FeedSpec spec(String id, String url) {
        return new FeedSpec(id, url, id, null, List.of(), null, null, true);
    }
}
