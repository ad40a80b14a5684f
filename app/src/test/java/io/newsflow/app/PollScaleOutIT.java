package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.newsflow.broker.testing.TestKafka;
import io.newsflow.config.NewsflowConfig;
import io.newsflow.ingest.poll.FeedCatalogStore;
import io.newsflow.ingest.poll.FeedPollerService;
import io.newsflow.kafka.Topics;
import io.newsflow.model.FeedSpec;
import io.newsflow.seeds.SeedCorpus;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scale-out of the feed poller: two {@code newsflow poll} JVMs share twenty feeds through the
 * consumer group on {@code news.feeds}; each feed is polled by exactly one of them, never by both
 * at once; after one is killed with SIGKILL the other polls all twenty. Feeds are served over real
 * HTTP on loopback addresses (one host per feed, so the per-host gap does not serialize them); the
 * two instances tell themselves apart by their User-Agent.
 */
class PollScaleOutIT {
    private static final int FEEDS = 20;

    @TempDir Path work;

    private final Map<String, List<String>> agentsByFeed = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    private final List<String> overlaps = new CopyOnWriteArrayList<>();

    @Test
    void everyFeedHasOnePollerAndTheSurvivorOfASigkillPollsThemAll() throws Exception {
        byte[] rss =
                SeedCorpus.builtIn()
                        .renderRss("http://seeds.example")
                        .getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress("0.0.0.0", 0), 0);
        ExecutorService handlers = Executors.newFixedThreadPool(8);
        server.setExecutor(handlers);
        for (int i = 0; i < FEEDS; i++) {
            String id = "feed-" + i;
            server.createContext("/" + id, exchange -> serve(id, exchange, rss));
        }
        server.start();
        var specs = new ArrayList<FeedSpec>();
        for (int i = 0; i < FEEDS; i++) {
            String id = "feed-" + i;
            String url =
                    "http://127.0.0." + (10 + i) + ":" + server.getAddress().getPort() + "/" + id;
            specs.add(new FeedSpec(id, url, id, null, List.of(), null, null, true));
        }
        try (var kafka = TestKafka.start(work.resolve("broker"))) {
            kafka.createTopics(Topics.DEFAULT, 6);
            String bootstrap = kafka.bootstrapServers();
            new FeedCatalogStore(bootstrap, Map.of(), Topics.DEFAULT).publish(specs);
            Process victim = startPoller(bootstrap, "instance-a");
            Process survivor = startPoller(bootstrap, "instance-b");
            try (Admin admin =
                    Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
                String group = FeedPollerService.groupId(NewsflowConfig.defaults());
                await().atMost(Duration.ofSeconds(90))
                        .pollInterval(Duration.ofMillis(500))
                        .ignoreExceptions()
                        .until(() -> ChildProcesses.membersOwnPartitions(admin, group, 2));

                // Settled: every feed polled at least twice since, always by the same instance.
                recordPollsUntilEveryFeedIsPolledTwice();
                Set<String> agents = new HashSet<>();
                agentsByFeed.forEach(
                        (feed, polledBy) -> {
                            assertThat(new HashSet<>(polledBy)).as(feed).hasSize(1);
                            agents.addAll(polledBy);
                        });
                assertThat(agents)
                        .as("both instances poll a share of the feeds")
                        .containsExactlyInAnyOrder("instance-a", "instance-b");

                victim.destroyForcibly();
                assertThat(victim.waitFor(10, TimeUnit.SECONDS)).isTrue();
                // The killed member leaves the group after its session timeout (6 s here).
                await().atMost(Duration.ofSeconds(60))
                        .pollInterval(Duration.ofMillis(500))
                        .ignoreExceptions()
                        .until(() -> ChildProcesses.membersOwnPartitions(admin, group, 1));
                recordPollsUntilEveryFeedIsPolledTwice();
                assertThat(agentsByFeed.values())
                        .allSatisfy(polledBy -> assertThat(polledBy).containsOnly("instance-b"));
                assertThat(overlaps).as("feeds polled by two instances at once").isEmpty();
                assertThat(survivor.isAlive()).isTrue();
            } finally {
                victim.destroyForcibly();
                ChildProcesses.stop(survivor);
            }
        } finally {
            server.stop(0);
            handlers.shutdownNow();
        }
    }

    /** Forgets who polled what so far, then waits until every feed has been polled twice. */
    private void recordPollsUntilEveryFeedIsPolledTwice() {
        agentsByFeed.clear();
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () ->
                                agentsByFeed.size() == FEEDS
                                        && agentsByFeed.values().stream()
                                                .allMatch(polls -> polls.size() >= 2));
    }

    private void serve(String feed, HttpExchange exchange, byte[] rss) throws IOException {
        int now = inFlight.computeIfAbsent(feed, f -> new AtomicInteger()).incrementAndGet();
        try {
            if (now > 1) {
                overlaps.add(feed);
            }
            agentsByFeed
                    .computeIfAbsent(feed, f -> new CopyOnWriteArrayList<>())
                    .add(exchange.getRequestHeaders().getFirst("User-Agent"));
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, rss.length);
            try (var body = exchange.getResponseBody()) {
                body.write(rss);
            }
        } finally {
            inFlight.get(feed).decrementAndGet();
        }
    }

    private Process startPoller(String bootstrap, String name) throws IOException {
        Path config = work.resolve(name + ".yaml");
        // Polls every 300 ms so that a handful of seconds shows who polls what.
        Files.writeString(
                config,
                String.join(
                        "\n",
                        "poller:",
                        "  minInterval: 300ms",
                        "  initialInterval: 300ms",
                        "  maxInterval: 1s",
                        "  retryBase: 200ms",
                        "  requestTimeout: 2s",
                        "  hostGap: 0s",
                        "  userAgent: " + name,
                        ""));
        return ChildProcesses.newsflow(
                work.resolve(name + ".log"),
                "poll",
                "--config",
                config.toString(),
                "--bootstrap-servers",
                bootstrap,
                "--data-dir",
                work.resolve(name).toString());
    }
}
