package io.newsflow.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.config.PollerConfig;
import io.newsflow.ingest.poll.LocalFeedServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpFetcherTest {
    private static final String RSS =
            "<rss version=\"2.0\"><channel><title>t</title></channel></rss>";
    private final LocalFeedServer server = LocalFeedServer.start();
    private final PollerConfig config =
            PollerConfig.builder()
                    .requestTimeout(Duration.ofSeconds(2))
                    .connectTimeout(Duration.ofSeconds(1))
                    .maxDecompressedBytes(1024 * 1024)
                    .maxRedirects(3)
                    .build();
    private final HttpFetcher fetcher = new HttpFetcher(config, Clock.systemUTC());

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void sendsValidatorsVerbatimAndGets304WithoutBody() throws Exception {
        server.feed("/feed", "application/rss+xml", () -> RSS, "W/\"abc-1\"");

        Fetched first = fetcher.fetch(uri("/feed"), Validators.NONE);
        Fetched second =
                fetcher.fetch(
                        uri("/feed"),
                        new Validators(first.headers().etag(), first.headers().lastModified()));

        assertThat(first.status()).isEqualTo(200);
        assertThat(new String(first.body(), StandardCharsets.UTF_8)).isEqualTo(RSS);
        assertThat(first.headers().etag()).isEqualTo("W/\"abc-1\"");
        assertThat(second.notModified()).isTrue();
        assertThat(second.body()).isEmpty();
        var sent = server.requests("/feed").get(1);
        assertThat(sent.header("If-None-Match")).isEqualTo("W/\"abc-1\"");
        assertThat(sent.header("If-Modified-Since")).isEqualTo("Sat, 01 Nov 2025 10:00:00 GMT");
        assertThat(sent.header("User-Agent")).startsWith("newsflow/").contains("+https://");
        assertThat(sent.header("Accept-Encoding")).isEqualTo("gzip, deflate");
    }

    @Test
    void followsRedirectsByHandAndReportsOnlyAllPermanentOnesAsMoves() throws Exception {
        server.route("/old", ex -> redirect(ex, 301, "/older"));
        server.route("/older", ex -> redirect(ex, 308, "/new"));
        server.route("/temp", ex -> redirect(ex, 302, "/new"));
        server.route(
                "/new", ex -> LocalFeedServer.send(ex, 200, "application/rss+xml", RSS.getBytes()));

        Fetched moved = fetcher.fetch(uri("/old"), Validators.NONE);
        Fetched temporary = fetcher.fetch(uri("/temp"), Validators.NONE);

        assertThat(moved.redirects()).isEqualTo(2);
        assertThat(moved.movedTo()).isEqualTo(uri("/new"));
        assertThat(temporary.redirects()).isEqualTo(1);
        assertThat(temporary.movedTo()).isNull();
        assertThat(temporary.url()).isEqualTo(uri("/new"));
    }

    @Test
    void stopsAtTheRedirectLimitLoopsAndNonHttpTargets() {
        for (int i = 0; i < 6; i++) {
            int next = i + 1;
            server.route("/hop" + i, ex -> redirect(ex, 302, "/hop" + next));
        }
        server.route("/loop", ex -> redirect(ex, 301, "/loop"));
        server.route("/file", ex -> redirect(ex, 302, "file:///etc/passwd"));

        assertFetchError("/hop0", FetchError.REDIRECTS, "more than 3 redirects");
        assertFetchError("/loop", FetchError.REDIRECTS, "redirect loop");
        assertFetchError("/file", FetchError.BAD_URL, "non-http(s)");
    }

    @Test
    void cutsA50MibBodyAtTheDefaultCap() {
        var defaults = new HttpFetcher(PollerConfig.defaults(), Clock.systemUTC());
        AtomicLong written = new AtomicLong();
        server.route(
                "/huge",
                ex -> {
                    ex.getResponseHeaders().set("Content-Type", "application/rss+xml");
                    ex.sendResponseHeaders(200, 0); // chunked: no length to refuse up front
                    byte[] chunk = new byte[64 * 1024];
                    try (OutputStream out = ex.getResponseBody()) {
                        for (int i = 0; i < 800; i++) { // 50 MiB
                            out.write(chunk);
                            written.addAndGet(chunk.length);
                        }
                    }
                });

        assertThatThrownBy(() -> defaults.fetch(uri("/huge"), Validators.NONE))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("exceeds the cap of 10485760 bytes (poller.maxBodyBytes)")
                .satisfies(
                        e ->
                                assertThat(((FetchException) e).error())
                                        .isEqualTo(FetchError.BODY_TOO_LARGE));
        assertThat(written.get()).isLessThan(50L * 1024 * 1024);
    }

    @Test
    void refusesADeclaredOversizedBodyUpFront() {
        var small =
                new HttpFetcher(
                        PollerConfig.builder().maxBodyBytes(1000).build(), Clock.systemUTC());
        server.route("/big", ex -> LocalFeedServer.send(ex, 200, "text/xml", new byte[5000]));

        assertThatThrownBy(() -> small.fetch(uri("/big"), Validators.NONE))
                .hasMessage(
                        "response declares Content-Length 5000 bytes, over the cap of 1000 bytes"
                                + " (poller.maxBodyBytes); refused unread")
                .satisfies(
                        e ->
                                assertThat(((FetchException) e).error())
                                        .isEqualTo(FetchError.BODY_TOO_LARGE));
    }

    @Test
    void stopsAGzipBombAtTheDecompressedCap() throws Exception {
        byte[] bomb = compress(64 * 1024 * 1024, true); // 64 MiB of zeros, ~64 KiB on the wire
        server.route(
                "/bomb",
                ex -> {
                    ex.getResponseHeaders().set("Content-Encoding", "gzip");
                    LocalFeedServer.send(ex, 200, "application/rss+xml", bomb);
                });

        assertThat(bomb.length).isLessThan(200_000);
        assertFetchError(
                "/bomb",
                FetchError.DECOMPRESSED_TOO_LARGE,
                "exceeds the cap of 1048576 bytes (poller.maxDecompressedBytes; compression bomb?)");
    }

    @Test
    void decodesGzipAndDeflateBodiesItself() throws Exception {
        byte[] gz = gzip(RSS.getBytes(StandardCharsets.UTF_8));
        byte[] zlib = deflate(RSS.getBytes(StandardCharsets.UTF_8));
        server.route(
                "/gz",
                ex -> {
                    ex.getResponseHeaders().set("Content-Encoding", "gzip");
                    LocalFeedServer.send(ex, 200, "application/rss+xml", gz);
                });
        server.route(
                "/deflate",
                ex -> {
                    ex.getResponseHeaders().set("Content-Encoding", "deflate");
                    LocalFeedServer.send(ex, 200, "application/rss+xml", zlib);
                });
        server.route(
                "/liar",
                ex -> {
                    ex.getResponseHeaders().set("Content-Encoding", "gzip");
                    LocalFeedServer.send(ex, 200, "application/rss+xml", RSS.getBytes());
                });

        assertThat(
                        new String(
                                fetcher.fetch(uri("/gz"), Validators.NONE).body(),
                                StandardCharsets.UTF_8))
                .isEqualTo(RSS);
        assertThat(
                        new String(
                                fetcher.fetch(uri("/deflate"), Validators.NONE).body(),
                                StandardCharsets.UTF_8))
                .isEqualTo(RSS);
        assertFetchError("/liar", FetchError.BAD_ENCODING, "not valid gzip");
    }

    @Test
    void cutsAServerThatNeverAnswersAtTheTotalTimeout() {
        server.hang("/hang");
        long started = System.nanoTime();

        assertFetchError("/hang", FetchError.TIMEOUT, "within 2000 ms");

        long tookMs = (System.nanoTime() - started) / 1_000_000;
        assertThat(tookMs).isBetween(1_500L, 6_000L);
    }

    @Test
    void reportsRefusedConnections() throws Exception {
        int closedPort;
        try (var socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        assertThatThrownBy(
                        () ->
                                fetcher.fetch(
                                        URI.create("http://127.0.0.1:" + closedPort + "/"),
                                        Validators.NONE))
                .satisfies(
                        e ->
                                assertThat(((FetchException) e).error())
                                        .isEqualTo(FetchError.CONNECT));
    }

    @Test
    void anUnknownHostIsNamedAsANameThatDoesNotResolve() {
        // it read "cannot connect to …: UnresolvedAddressException", sending operators to firewalls
        assertThatThrownBy(
                        () ->
                                fetcher.fetch(
                                        URI.create("http://no-such-host.invalid/feed"),
                                        Validators.NONE))
                .isInstanceOfSatisfying(
                        FetchException.class,
                        e -> {
                            assertThat(e.error()).isEqualTo(FetchError.CONNECT);
                            assertThat(e.getMessage())
                                    .contains("cannot resolve the host name no-such-host.invalid");
                        });
    }

    @Test
    void readsRetryAfterAndCacheHints() throws Exception {
        server.route(
                "/busy",
                ex -> {
                    ex.getResponseHeaders().set("Retry-After", "120");
                    ex.getResponseHeaders().set("Cache-Control", "public, max-age=600");
                    LocalFeedServer.send(ex, 503, "text/plain", "busy".getBytes());
                });

        Instant before = Instant.now();
        Fetched busy = fetcher.fetch(uri("/busy"), Validators.NONE);

        assertThat(busy.status()).isEqualTo(503);
        assertThat(busy.body()).isEmpty();
        assertThat(busy.headers().retryAfter())
                .isBetween(before.plusSeconds(119), before.plusSeconds(125));
        assertThat(busy.headers().maxAge()).isEqualTo(Duration.ofMinutes(10));
        assertThat(ResponseHeaders.retryAfter("Wed, 21 Oct 2026 07:28:00 GMT", before))
                .contains(Instant.parse("2026-10-21T07:28:00Z"));
    }

    private void assertFetchError(String path, FetchError error, String message) {
        assertThatThrownBy(() -> fetcher.fetch(uri(path), Validators.NONE))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(((FetchException) e).error()).isEqualTo(error));
    }

    private URI uri(String path) {
        return URI.create(server.url(path));
    }

    private static void redirect(com.sun.net.httpserver.HttpExchange ex, int status, String to)
            throws IOException {
        ex.getResponseHeaders().set("Location", to);
        ex.sendResponseHeaders(status, -1);
    }

    private static byte[] compress(int zeros, boolean gzip) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (OutputStream out =
                gzip ? new GZIPOutputStream(bytes) : new DeflaterOutputStream(bytes)) {
            byte[] block = new byte[1024 * 1024];
            for (int i = 0; i < zeros / block.length; i++) {
                out.write(block);
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] gzip(byte[] data) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(data);
        }
        return bytes.toByteArray();
    }

    private static byte[] deflate(byte[] data) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (OutputStream out = new DeflaterOutputStream(bytes)) {
            out.write(data);
        }
        return bytes.toByteArray();
    }
}
