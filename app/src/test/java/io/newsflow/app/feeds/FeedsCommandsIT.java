package io.newsflow.app.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.app.Newsflow;
import io.newsflow.broker.testing.TestKafka;
import io.newsflow.config.KafkaConfig;
import io.newsflow.config.NewsflowConfig;
import io.newsflow.config.PollerConfig;
import io.newsflow.ingest.poll.FeedCatalogStore;
import io.newsflow.ingest.poll.FeedPollerService;
import io.newsflow.kafka.Topics;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class FeedsCommandsIT {
    @TempDir static Path dataDir;
    @TempDir Path dir;
    static TestKafka kafka;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void startBroker() {
        kafka = TestKafka.start(dataDir);
    }

    @AfterAll
    static void stopBroker() {
        kafka.close();
    }

    private int run(String... args) {
        CommandLine cli = Newsflow.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void importsTheExampleCatalogListsAndExportsIt() {
        String bootstrap = kafka.bootstrapServers();

        assertThat(
                        run(
                                "feeds",
                                "import",
                                "../feeds.yaml",
                                "--bootstrap-servers",
                                bootstrap,
                                "--topic-prefix",
                                "cli."))
                .isZero();
        assertThat(run("feeds", "list", "--bootstrap-servers", bootstrap, "--topic-prefix", "cli."))
                .isZero();
        assertThat(out.toString()).contains("antara-terkini", "never polled", "feeds, 0 failing");
        assertThat(
                        run(
                                "feeds",
                                "export",
                                "--opml",
                                "--bootstrap-servers",
                                bootstrap,
                                "--topic-prefix",
                                "cli."))
                .isZero();
        assertThat(out.toString())
                .contains(
                        "<opml version=\"2.0\">",
                        "xmlUrl=\"https://www.antaranews.com/rss/terkini.xml\"");
    }

    @Test
    void rejectsABrokenCatalogWithEveryProblemAndNoStackTrace() throws Exception {
        Path bad =
                Files.writeString(
                        dir.resolve("bad.yaml"), "feeds:\n  - url: gopher://x\n  - name: no url\n");

        assertThat(
                        run(
                                "feeds",
                                "import",
                                bad.toString(),
                                "--bootstrap-servers",
                                kafka.bootstrapServers()))
                .isEqualTo(2);
        assertThat(err.toString())
                .contains("feeds[0].url", "feeds[1].url")
                .doesNotContain("Exception");
    }

    @Test
    void withoutNetworkEveryExampleFeedFailsPolitelyAndIsRetried() {
        Topics topics = Topics.withPrefix("offline.");
        kafka.createTopics(topics, 2);
        assertThat(
                        run(
                                "feeds",
                                "import",
                                "../feeds.yaml",
                                "--bootstrap-servers",
                                kafka.bootstrapServers(),
                                "--topic-prefix",
                                "offline."))
                .isZero();
        NewsflowConfig config =
                NewsflowConfig.defaults()
                        .withKafka(
                                new KafkaConfig(
                                        kafka.bootstrapServers(),
                                        "offline.",
                                        2,
                                        null,
                                        "offline",
                                        null))
                        .withPoller(
                                PollerConfig.builder()
                                        .intervals(
                                                Duration.ofSeconds(1),
                                                Duration.ofSeconds(1),
                                                Duration.ofMinutes(5))
                                        .requestTimeout(Duration.ofSeconds(3))
                                        .connectTimeout(Duration.ofSeconds(2))
                                        .build());
        var store = new FeedCatalogStore(kafka.bootstrapServers(), Map.of(), topics);

        try (var poller =
                new FeedPollerService(
                                config, kafka.bootstrapServers(), topics, new SimpleMeterRegistry())
                        .start()) {
            await().atMost(Duration.ofSeconds(40))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(
                            () ->
                                    store.health().stream()
                                            .allMatch(
                                                    h ->
                                                            h.lastError() != null
                                                                    || h.lastSuccess() != null));
        }

        var health = store.health();
        assertThat(health).hasSizeGreaterThanOrEqualTo(15);
        assertThat(health).allSatisfy(h -> assertThat(h.nextPoll()).isNotNull());
        assertThat(health)
                .filteredOn(h -> h.lastError() != null)
                .allSatisfy(
                        h ->
                                assertThat(h.lastError())
                                        .matches("(connect|timeout|io|http-\\d+): .+"));
        FeedsListCommand.print(health, new PrintWriter(out, true));
        assertThat(out.toString()).contains("failing");
    }

    @Test
    void feedsCommandsExplainThemselves() {
        for (String[] args :
                new String[][] {
                    {"feeds", "--help"},
                    {"feeds", "import", "--help"},
                    {"feeds", "export", "--help"},
                    {"feeds", "list", "--help"},
                    {"poll", "--help"}
                }) {
            assertThat(run(args)).isZero();
        }
        assertThat(out.toString())
                .contains("Usage: newsflow feeds import", "--opml", "Usage: newsflow poll");
    }
}
