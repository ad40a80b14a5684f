package io.newsflow.ingest.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.config.PollerConfig;
import io.newsflow.model.FeedSpec;
import io.newsflow.model.FeedState;
import io.newsflow.model.RawArticle;
import io.newsflow.seeds.SeedCorpus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FeedPollerTest {
    private final SeedCorpus seeds = SeedCorpus.builtIn();
    private final LocalFeedServer server = LocalFeedServer.start("0.0.0.0");
    private final RecordingSinks sinks = new RecordingSinks();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final List<FeedPoller> pollers = new ArrayList<>();
    private PollerConfig config =
            PollerConfig.builder()
                    .intervals(
                            Duration.ofMillis(200), Duration.ofMillis(300), Duration.ofSeconds(2))
                    .retryBase(Duration.ofMillis(200))
                    .requestTimeout(Duration.ofSeconds(1))
                    .hostGap(Duration.ZERO)
                    .concurrency(4)
                    .build();

    @AfterEach
    void stop() {
        pollers.forEach(FeedPoller::close);
        server.close();
    }

    @Test
    void publishesSeedCorpusFromRssAtomAndJsonFeedsThenGets304s() {
        String base = "http://127.0.0.1:" + server.port();
        server.feed(
                "/rss",
                "application/rss+xml; charset=utf-8",
                () -> seeds.renderRss(base),
                "\"rss-1\"");
        server.feed("/atom", "application/atom+xml", () -> seeds.renderAtom(base), "\"atom-1\"");
        server.feed(
                "/json", "application/feed+json", () -> seeds.renderJsonFeed(base), "\"json-1\"");
        FeedPoller poller = poller();

        poller.upsert(spec("rss", host(2, "/rss")), null);
        poller.upsert(spec("atom", host(3, "/atom")), null);
        poller.upsert(spec("json", host(4, "/json")), null);

        await().atMost(Duration.ofSeconds(10))
                .until(
                        () ->
                                notModified("rss") >= 1
                                        && notModified("atom") >= 1
                                        && notModified("json") >= 1);
        for (String feed : List.of("rss", "atom", "json")) {
            List<RawArticle> items = sinks.published(feed);
            assertThat(items).as(feed).hasSize(seeds.size());
            assertThat(items)
                    .extracting(RawArticle::title)
                    .containsExactlyInAnyOrderElementsOf(
                            seeds.seeds().stream().map(SeedCorpus.SeedArticle::title).toList());
            assertThat(items)
                    .allSatisfy(
                            a -> {
                                assertThat(a.languageHint()).isEqualTo("id");
                                assertThat(a.provenance().httpStatus()).isEqualTo(200);
                                assertThat(a.provenance().feedUrl())
                                        .isEqualTo(
                                                host(
                                                        feed.equals("rss")
                                                                ? 2
                                                                : feed.equals("atom") ? 3 : 4,
                                                        "/" + feed));
                                assertThat(a.content()).isNotBlank();
                                assertThat(a.publishedAt()).isNotNull();
                            });
            FeedState state = sinks.state(feed);
            assertThat(state.etag()).isEqualTo("\"" + feed + "-1\"");
            assertThat(state.lastModified()).isEqualTo("Sat, 01 Nov 2025 10:00:00 GMT");
            assertThat(state.itemsPublished()).isEqualTo(seeds.size());
            assertThat(state.recentItemKeys()).hasSize(seeds.size());
        }
        assertThat(server.requests("/rss").get(1).header("If-None-Match")).isEqualTo("\"rss-1\"");
        // Same items in three formats: the same article ids.
        assertThat(sinks.published("rss"))
                .extracting(RawArticle::articleId)
                .containsExactlyInAnyOrderElementsOf(
                        sinks.published("json").stream().map(RawArticle::articleId).toList());
    }

    @Test
    void restartedPollerWithSavedStatePublishesNothingAgain() {
        String base = "http://127.0.0.1:" + server.port();
        AtomicInteger fullResponses = new AtomicInteger();
        // No validators: every poll is a full 200, so only the remembered item keys prevent
        // republishing.
        server.route(
                "/feed",
                ex -> {
                    fullResponses.incrementAndGet();
                    LocalFeedServer.send(
                            ex,
                            200,
                            "application/rss+xml",
                            seeds.renderRss(base).getBytes(StandardCharsets.UTF_8));
                });
        FeedSpec spec = spec("f", host(2, "/feed"));
        FeedPoller first = poller();
        first.upsert(spec, null);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> sinks.published().size() == seeds.size() && fullResponses.get() >= 2);
        first.close();
        FeedState saved = sinks.state("f");
        int before = fullResponses.get();

        FeedPoller second = poller();
        second.upsert(spec, saved);
        await().atMost(Duration.ofSeconds(10)).until(() -> fullResponses.get() >= before + 2);

        assertThat(sinks.published()).hasSize(seeds.size());
        assertThat(counter("newsflow.feed.polls", "f", "unchanged")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void restartedPollerWaitsForTheRememberedNextPoll() {
        server.feed("/feed", "application/rss+xml", () -> seeds.renderRss("http://x"), "\"e\"");
        FeedSpec spec = spec("f", host(2, "/feed"));
        FeedState remembered =
                new FeedState(
                        1,
                        "f",
                        host(2, "/feed"),
                        "\"e\"",
                        null,
                        java.time.Instant.now().plusSeconds(30),
                        60,
                        0,
                        null,
                        null,
                        null,
                        0,
                        List.of(),
                        host(2, "/feed"));

        poller().upsert(spec, remembered);

        await().during(Duration.ofMillis(1500))
                .atMost(Duration.ofSeconds(3))
                .until(() -> server.requests("/feed").isEmpty());
    }

    @Test
    void honoursRetryAfter() {
        AtomicInteger calls = new AtomicInteger();
        server.route(
                "/busy",
                ex -> {
                    if (calls.incrementAndGet() == 1) {
                        ex.getResponseHeaders().set("Retry-After", "2");
                        LocalFeedServer.send(ex, 429, "text/plain", "slow down".getBytes());
                    } else {
                        LocalFeedServer.send(
                                ex,
                                200,
                                "application/rss+xml",
                                seeds.renderRss("http://x").getBytes(StandardCharsets.UTF_8));
                    }
                });
        poller().upsert(spec("busy", host(2, "/busy")), null);

        await().atMost(Duration.ofSeconds(8)).until(() -> server.requests("/busy").size() >= 2);

        var requests = server.requests("/busy");
        long gapMs = (requests.get(1).atNanos() - requests.get(0).atNanos()) / 1_000_000;
        assertThat(gapMs).isGreaterThanOrEqualTo(1_900);
        await().atMost(Duration.ofSeconds(5))
                .until(() -> sinks.published("busy").size() == seeds.size());
        assertThat(counter("newsflow.feed.failures", "busy", null)).isEqualTo(1);
    }

    @Test
    void waitsAsLongAsCacheControlMaxAgeAsks() {
        server.route(
                "/cached",
                ex -> {
                    ex.getResponseHeaders().set("Cache-Control", "public, max-age=2");
                    LocalFeedServer.send(
                            ex,
                            200,
                            "application/rss+xml",
                            seeds.renderRss("http://x").getBytes(StandardCharsets.UTF_8));
                });
        poller().upsert(spec("cached", host(2, "/cached")), null);

        await().atMost(Duration.ofSeconds(8)).until(() -> server.requests("/cached").size() >= 2);

        var r = server.requests("/cached");
        long gapMs = (r.get(1).atNanos() - r.get(0).atNanos()) / 1_000_000;
        // Without the hint the interval would be 150-300 ms; max-age (2 s, capped at the 2 s
        // maximum interval) moves it, give or take the 10 % jitter.
        assertThat(gapMs).isGreaterThanOrEqualTo(1_700);
    }

    @Test
    void backsOffAfterServerErrorsAndRecoversByItself() {
        config = config.toBuilder().retryBase(Duration.ofMillis(100)).build();
        AtomicInteger calls = new AtomicInteger();
        server.route(
                "/flaky",
                ex -> {
                    if (calls.incrementAndGet() <= 4) {
                        LocalFeedServer.send(ex, 500, "text/plain", "oops".getBytes());
                    } else {
                        LocalFeedServer.send(
                                ex,
                                200,
                                "application/rss+xml",
                                seeds.renderRss("http://x").getBytes(StandardCharsets.UTF_8));
                    }
                });
        poller().upsert(spec("flaky", host(2, "/flaky")), null);

        await().atMost(Duration.ofSeconds(10))
                .until(() -> sinks.published("flaky").size() == seeds.size());

        var r = server.requests("/flaky");
        for (int k = 1; k <= 4; k++) {
            long gap = (r.get(k).atNanos() - r.get(k - 1).atNanos()) / 1_000_000;
            long full = 100L << (k - 1);
            assertThat(gap).as("gap after failure %d", k).isBetween(full / 2 - 5, full + 400);
        }
        await().atMost(Duration.ofSeconds(3))
                .until(() -> sinks.state("flaky").consecutiveFailures() == 0);
        assertThat(sinks.state("flaky").lastError()).isNull();
        assertThat(counter("newsflow.feed.failures", "flaky", "http-500")).isEqualTo(4);
    }

    @Test
    void hangingServerCostsOneSlotForTheTimeoutWhileOtherFeedsKeepTheirSchedule() {
        server.hang("/hang");
        server.feed("/ok", "application/rss+xml", () -> seeds.renderRss("http://x"), "\"ok\"");
        config = config.toBuilder().concurrency(2).build();
        FeedPoller poller = poller();
        poller.upsert(spec("hang", host(2, "/hang")), null);
        poller.upsert(spec("ok", host(3, "/ok")), null);

        await().atMost(Duration.ofSeconds(3)).until(() -> sinks.state("hang") != null);
        int okPollsDuringHang = server.requests("/ok").size();

        assertThat(sinks.state("hang").lastError()).startsWith("timeout:");
        assertThat(okPollsDuringHang).isGreaterThanOrEqualTo(3);
        await().atMost(Duration.ofSeconds(5))
                .until(() -> server.requests("/ok").size() >= okPollsDuringHang + 3);
    }

    @Test
    void hostileFeedsFailClearlyWithoutTouchingTheGoodOne() throws IOException {
        serve("/xxe", resource("/hostile/xxe-file.xml"));
        serve("/laughs", resource("/hostile/billion-laughs.xml"));
        serve("/html", resource("/hostile/html-page.html"));
        serve("/truncated", resource("/hostile/truncated.xml"));
        serve("/json", resource("/hostile/jsonfeed-wrong-types.json"));
        byte[] bomb = gzipZeros(64);
        server.route(
                "/bomb",
                ex -> {
                    ex.getResponseHeaders().set("Content-Encoding", "gzip");
                    LocalFeedServer.send(ex, 200, "application/rss+xml", bomb);
                });
        server.route(
                "/huge",
                ex -> {
                    ex.sendResponseHeaders(200, 0);
                    byte[] chunk = new byte[64 * 1024];
                    try (OutputStream out = ex.getResponseBody()) {
                        for (int i = 0; i < 800; i++) {
                            out.write(chunk);
                        }
                    }
                });
        String russian =
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Новости</title>"
                        + "<item><title>Переговоры о мире продолжаются в Женеве</title><link>http://x/ru/1</link>"
                        + "<description>Стороны обсуждают прекращение огня и обмен пленными, сообщили дипломаты.</description></item></channel></rss>";
        server.route(
                "/cp1251",
                ex ->
                        LocalFeedServer.send(
                                ex,
                                200,
                                "text/xml; charset=utf-8",
                                russian.getBytes(Charset.forName("windows-1251"))));
        server.feed("/good", "application/rss+xml", () -> seeds.renderRss("http://x"), "\"g\"");
        config = config.toBuilder().maxDecompressedBytes(4 * 1024 * 1024).build();
        FeedPoller poller = poller();
        String[] hostile = {"xxe", "laughs", "html", "truncated", "json", "bomb", "huge"};
        int host = 10;
        for (String name : hostile) {
            poller.upsert(spec(name, host(host++, "/" + name)), null);
        }
        poller.upsert(spec("cp1251", host(host++, "/cp1251")), null);
        poller.upsert(spec("good", host(host, "/good")), null);

        await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> {
                            for (String name : hostile) {
                                if (sinks.state(name) == null) {
                                    return false;
                                }
                            }
                            return sinks.published("good").size() == seeds.size()
                                    && sinks.state("cp1251") != null;
                        });

        assertThat(sinks.state("xxe").lastError()).startsWith("forbidden-doctype:");
        assertThat(sinks.state("laughs").lastError()).startsWith("forbidden-doctype:");
        assertThat(sinks.state("html").lastError())
                .startsWith("html-page:")
                .contains("https://example.invalid/rss.xml");
        assertThat(sinks.state("truncated").lastError()).startsWith("malformed-xml:");
        assertThat(sinks.state("json").lastError()).startsWith("malformed-json:");
        assertThat(sinks.state("bomb").lastError()).startsWith("decompressed-too-large:");
        assertThat(sinks.state("huge").lastError()).startsWith("body-too-large:");
        assertThat(sinks.published("cp1251"))
                .singleElement()
                .satisfies(
                        a ->
                                assertThat(a.title())
                                        .isEqualTo("Переговоры о мире продолжаются в Женеве"));
        assertThat(counter("newsflow.feed.repairs", "cp1251", null)).isGreaterThanOrEqualTo(1);
        assertThat(sinks.state("good").lastError()).isNull();
        int goodPolls = server.requests("/good").size();
        await().atMost(Duration.ofSeconds(5))
                .until(() -> server.requests("/good").size() > goodPolls + 2);
    }

    @Test
    void sendsAtMostOneRequestAtATimePerHostWithTheMinimumGap() {
        config = config.toBuilder().hostGap(Duration.ofMillis(150)).concurrency(8).build();
        for (int i = 0; i < 4; i++) {
            server.route(
                    "/slow" + i,
                    ex -> {
                        sleepQuietly(100);
                        LocalFeedServer.send(
                                ex,
                                200,
                                "application/rss+xml",
                                seeds.renderRss("http://x").getBytes(StandardCharsets.UTF_8));
                    });
        }
        FeedPoller poller = poller();
        for (int i = 0; i < 4; i++) {
            poller.upsert(spec("slow" + i, host(2, "/slow" + i)), null);
        }

        await().atMost(Duration.ofSeconds(10)).until(() -> server.requests().size() >= 8);

        assertThat(server.maxParallelRequestsPerHost()).isEqualTo(1);
        var all = server.requests();
        for (int i = 1; i < all.size(); i++) {
            long gapMs = (all.get(i).atNanos() - all.get(i - 1).atNanos()) / 1_000_000;
            assertThat(gapMs).as("start-to-start gap %d", i).isGreaterThanOrEqualTo(240);
        }
    }

    @Test
    void aPermanentRedirectToAUrlThatFailsDoesNotMoveTheFeed() {
        server.route(
                "/old",
                ex -> {
                    ex.getResponseHeaders().set("Location", "/down");
                    ex.sendResponseHeaders(301, -1);
                });
        server.route("/down", ex -> ex.sendResponseHeaders(503, -1));
        poller().upsert(spec("bounced", host(2, "/old")), null);

        await().atMost(Duration.ofSeconds(5))
                .until(
                        () ->
                                sinks.state("bounced") != null
                                        && sinks.state("bounced").lastError() != null);

        assertThat(sinks.state("bounced").url()).isEqualTo(host(2, "/old"));
        assertThat(sinks.state("bounced").lastError()).contains("503");
    }

    @Test
    void permanentRedirectMovesTheStoredUrl() {
        server.route(
                "/old",
                ex -> {
                    ex.getResponseHeaders().set("Location", "/new");
                    ex.sendResponseHeaders(301, -1);
                });
        server.feed("/new", "application/rss+xml", () -> seeds.renderRss("http://x"), "\"n\"");
        poller().upsert(spec("moved", host(2, "/old")), null);

        await().atMost(Duration.ofSeconds(5)).until(() -> server.requests("/new").size() >= 3);

        assertThat(sinks.state("moved").url()).isEqualTo(host(2, "/new"));
        assertThat(sinks.state("moved").subscribedUrl()).isEqualTo(host(2, "/old"));
        assertThat(server.requests("/old")).hasSize(1);
    }

    @Test
    void deeplyNestedXmlFailsFastAsARecordedTooDeepFailure() throws IOException {
        // 100,000 levels: ~700 KB, 2 KB gzipped; JDOM alone needed ~11 s of CPU to build it.
        String nested = "<x>".repeat(100_000) + "</x>".repeat(100_000);
        byte[] deepRss =
                gzip(
                        ("<rss version=\"2.0\"><channel><title>t</title><item><title>a</title>"
                                        + nested
                                        + "</item></channel></rss>")
                                .getBytes(StandardCharsets.UTF_8));
        server.route(
                "/deep-rss",
                ex -> {
                    ex.getResponseHeaders().set("Content-Encoding", "gzip");
                    LocalFeedServer.send(ex, 200, "application/rss+xml", deepRss);
                });
        // 5,000 levels of XHTML content overflowed the stack in Rome's XHTML output.
        String deepAtom =
                "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title><id>urn:f</id>"
                        + "<entry><id>urn:e</id><title>e</title><content type=\"xhtml\">"
                        + "<div xmlns=\"http://www.w3.org/1999/xhtml\">"
                        + "<b>".repeat(5_000)
                        + "x"
                        + "</b>".repeat(5_000)
                        + "</div></content></entry></feed>";
        serve("/deep-atom", deepAtom);
        // JSON had only Jackson's default bound (1,000) and read as malformed when refused
        String deepJson =
                "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"t\",\"items\":[{\"id\":\"1\","
                        + "\"x\":"
                        + "[".repeat(300)
                        + "]".repeat(300)
                        + "}]}";
        server.route(
                "/deep-json",
                ex ->
                        LocalFeedServer.send(
                                ex,
                                200,
                                "application/feed+json",
                                deepJson.getBytes(StandardCharsets.UTF_8)));
        server.feed("/good", "application/rss+xml", () -> seeds.renderRss("http://x"), "\"g\"");
        FeedPoller poller = poller();
        poller.upsert(spec("deep-rss", host(2, "/deep-rss")), null);
        poller.upsert(spec("deep-atom", host(3, "/deep-atom")), null);
        poller.upsert(spec("deep-json", host(5, "/deep-json")), null);
        poller.upsert(spec("good", host(4, "/good")), null);

        await().atMost(Duration.ofSeconds(8))
                .until(
                        () ->
                                sinks.state("deep-rss") != null
                                        && sinks.state("deep-atom") != null
                                        && sinks.state("deep-json") != null
                                        && sinks.published("good").size() == seeds.size());

        for (String feed : List.of("deep-rss", "deep-atom", "deep-json")) {
            FeedState state = sinks.state(feed);
            assertThat(state.lastError())
                    .as(feed)
                    .startsWith("too-deep:")
                    .contains("nested deeper than 256 levels");
            assertThat(state.consecutiveFailures()).as(feed).isGreaterThanOrEqualTo(1);
            assertThat(counter("newsflow.feed.failures", feed, "too-deep"))
                    .as(feed)
                    .isGreaterThanOrEqualTo(1);
            assertThat(sinks.published(feed)).as(feed).isEmpty();
        }
    }

    /** The seeds as RSS at {@code path}, without validators (every poll gets the whole body). */
    private void serveSeedsAt(String path) {
        server.route(
                path,
                ex ->
                        LocalFeedServer.send(
                                ex,
                                200,
                                "application/rss+xml",
                                seeds.renderRss("http://x").getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anItemTooLargeForOneRecordIsPublishedWithItsTextCutAndTheFeedGoesOn() {
        // Kafka refused such a record, the whole poll failed and was retried forever
        String book = "Kata demi kata, bab demi bab — ".repeat(70_000); // ~2.2 MB of UTF-8
        String rss =
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                        + "<title>t</title><link>http://x/</link><description>d</description>"
                        + "<item><title>Buku</title><link>http://x/book</link><guid>book</guid>"
                        + "<description>"
                        + book
                        + "</description></item>"
                        + "<item><title>Berita</title><link>http://x/news</link><guid>news</guid>"
                        + "<description>Singkat saja.</description></item>"
                        + "</channel></rss>";
        server.feed("/big", "application/rss+xml", () -> rss, "\"b\"");
        poller().upsert(spec("big", host(2, "/big")), null);

        await().atMost(Duration.ofSeconds(10)).until(() -> sinks.published("big").size() == 2);

        var json = new io.newsflow.kafka.JsonSerde<>(RawArticle.class);
        assertThat(sinks.published("big"))
                .allSatisfy(
                        a ->
                                assertThat(json.serialize(null, a).length)
                                        .isLessThanOrEqualTo(RawArticle.MAX_JSON_BYTES));
        RawArticle cut =
                sinks.published("big").stream()
                        .filter(a -> "book".equals(a.guid()))
                        .findFirst()
                        .orElseThrow();
        assertThat(book).startsWith(cut.summary()); // an RSS description is the summary
        assertThat(cut.summary().length()).isGreaterThan(100_000);
        assertThat(counter("newsflow.feed.repairs", "big", "item-cut")).isEqualTo(1);
        assertThat(sinks.state("big").lastError()).isNull();
    }

    @Test
    void anErrorInsideAPollIsARecordedFailureThatBacksOff() {
        serveSeedsAt("/feed");
        AtomicInteger attempts = new AtomicInteger();
        ArticleSink crashing =
                (feedId, articles) -> {
                    if (attempts.incrementAndGet() <= 3) {
                        throw new StackOverflowError("simulated deep recursion");
                    }
                    sinks.publish(feedId, articles);
                };
        var saved = new java.util.concurrent.CopyOnWriteArrayList<FeedState>();
        StateSink states =
                state -> {
                    saved.add(state);
                    sinks.save(state);
                };
        config = config.toBuilder().retryBase(Duration.ofMillis(100)).build();
        poller(crashing, states).upsert(spec("crashy", host(2, "/feed")), null);

        await().atMost(Duration.ofSeconds(5))
                .until(() -> sinks.published("crashy").size() == seeds.size());

        assertThat(saved.subList(0, 3))
                .extracting(FeedState::consecutiveFailures)
                .containsExactly(1, 2, 3);
        assertThat(saved.subList(0, 3))
                .allSatisfy(
                        s -> {
                            assertThat(s.lastError())
                                    .startsWith("crash: StackOverflowError: simulated");
                            assertThat(s.lastSuccessAt()).isNull();
                        });

        assertThat(counter("newsflow.feed.failures", "crashy", "crash")).isEqualTo(3);
        var r = server.requests("/feed");
        for (int k = 1; k <= 3; k++) {
            long gap = (r.get(k).atNanos() - r.get(k - 1).atNanos()) / 1_000_000;
            long full = 100L << (k - 1);
            // backed off (the jitter draws from half to all of it); no upper bound: a loaded
            // machine may start the next poll late
            assertThat(gap).as("gap after crash %d", k).isGreaterThanOrEqualTo(full / 2 - 5);
        }
    }

    @Test
    void outOfMemoryErrorIsNotSwallowedAndTheFeedIsPolledAgain() throws Exception {
        serveSeedsAt("/feed");
        AtomicInteger attempts = new AtomicInteger();
        ArticleSink exhausted =
                (feedId, articles) -> {
                    if (attempts.incrementAndGet() == 1) {
                        throw new OutOfMemoryError("simulated");
                    }
                    sinks.publish(feedId, articles);
                };
        var uncaught = new java.util.concurrent.CopyOnWriteArrayList<Throwable>();
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> uncaught.add(e));
        try {
            poller(exhausted).upsert(spec("oom", host(2, "/feed")), null);

            // Awaitility would catch the Error itself and JUnit would rethrow it to the runner.
            await().dontCatchUncaughtExceptions()
                    .atMost(Duration.ofSeconds(5))
                    .until(() -> sinks.published("oom").size() == seeds.size());
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(previous);
        }

        assertThat(uncaught).hasSize(1);
        assertThat(uncaught.get(0)).isInstanceOf(OutOfMemoryError.class).hasMessage("simulated");
        assertThat(counter("newsflow.feed.failures", "oom", null)).isZero();
    }

    @Test
    void aBodyWithMoreItemsThanRememberedIsNotPublishedAgain() {
        var body = new StringBuilder("<rss version=\"2.0\"><channel><title>big</title>");
        for (int i = 0; i < 6_000; i++) {
            body.append("<item><guid>g")
                    .append(i)
                    .append("</guid><title>Berita ")
                    .append(i)
                    .append("</title><link>http://x/")
                    .append(i)
                    .append("</link></item>");
        }
        byte[] bytes = body.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
        // No validators: every poll is a full 200, so only the remembered keys stop republishing.
        server.route("/big", ex -> LocalFeedServer.send(ex, 200, "application/rss+xml", bytes));
        poller().upsert(spec("big", host(2, "/big")), null);

        await().atMost(Duration.ofSeconds(20))
                .until(() -> counter("newsflow.feed.polls", "big", "unchanged") >= 2);

        assertThat(sinks.published("big")).hasSize(5_000);
        assertThat(sinks.state("big").recentItemKeys()).hasSize(5_000);
        assertThat(counter("newsflow.feed.repairs", "big", "too-many-items"))
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void readsWindows1252BytesBehindALatin1OrAsciiLabelAsBrowsersDo() {
        String rss =
                "<rss version=\"2.0\"><channel><title>t</title><item><title>\u201cQuoted\u201d"
                        + " \u2013 caf\u00e9 \u20ac5</title><link>http://x/1</link></item>"
                        + "</channel></rss>";
        byte[] cp1252 = rss.getBytes(Charset.forName("windows-1252"));
        server.route(
                "/latin1",
                ex -> LocalFeedServer.send(ex, 200, "text/xml; charset=ISO-8859-1", cp1252));
        server.route(
                "/ascii",
                ex -> LocalFeedServer.send(ex, 200, "text/xml; charset=us-ascii", cp1252));
        FeedPoller poller = poller();
        poller.upsert(spec("latin1", host(2, "/latin1")), null);
        poller.upsert(spec("ascii", host(3, "/ascii")), null);

        await().atMost(Duration.ofSeconds(5))
                .until(
                        () ->
                                sinks.published("latin1").size() == 1
                                        && sinks.published("ascii").size() == 1);

        for (String feed : List.of("latin1", "ascii")) {
            assertThat(sinks.published(feed).get(0).title())
                    .as(feed)
                    .isEqualTo("\u201cQuoted\u201d \u2013 caf\u00e9 \u20ac5");
        }
    }

    private FeedPoller poller() {
        return poller(sinks);
    }

    private FeedPoller poller(ArticleSink articles) {
        return poller(articles, sinks);
    }

    private FeedPoller poller(ArticleSink articles, StateSink states) {
        FeedPoller p =
                FeedPoller.create(
                                config,
                                articles,
                                states,
                                registry,
                                Clock.systemUTC(),
                                new SplittableRandom(11))
                        .start();
        pollers.add(p);
        return p;
    }

    private String host(int n, String path) {
        return "http://127.0.0." + n + ":" + server.port() + path;
    }

    private static FeedSpec spec(String id, String url) {
        return new FeedSpec(id, url, null, null, null, null, null, true);
    }

    private double notModified(String feed) {
        return counter("newsflow.feed.polls", feed, "not-modified");
    }

    private double counter(String name, String feed, String tagValue) {
        return registry.find(name).tag("feed", feed).counters().stream()
                .filter(
                        c ->
                                tagValue == null
                                        || c.getId().getTags().stream()
                                                .anyMatch(t -> t.getValue().equals(tagValue)))
                .mapToDouble(c -> c.count())
                .sum();
    }

    private void serve(String path, String body) {
        server.route(
                path,
                ex ->
                        LocalFeedServer.send(
                                ex, 200, "application/xml", body.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] gzip(byte[] data) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(data);
        }
        return bytes.toByteArray();
    }

    private static byte[] gzipZeros(int mib) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            byte[] block = new byte[1024 * 1024];
            for (int i = 0; i < mib; i++) {
                out.write(block);
            }
        }
        return bytes.toByteArray();
    }

    private static String resource(String path) {
        try (InputStream in = FeedPollerTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleepQuietly(long ms) {
        try {
            Thread.sleep(ms); // simulates a slow server, not a test wait
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
