package io.newsflow.ingest.poll;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A real HTTP server on a loopback address for tests: serves feeds with ETag/Last-Modified and
 * conditional GET, and misbehaves on demand (statuses, Retry-After, redirects, hanging, huge or
 * compressed bodies). Records every request so tests can assert what the poller sent.
 */
public final class LocalFeedServer implements AutoCloseable {
    /** One request as the server saw it. */
    public record Request(String path, Map<String, List<String>> headers, long atNanos) {
        public String header(String name) {
            for (var e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name)) {
                    return e.getValue().get(0);
                }
            }
            return null;
        }
    }

    /** Answers one request. */
    public interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    private final HttpServer server;
    private final ExecutorService executor =
            Executors.newCachedThreadPool(
                    r -> {
                        Thread t = new Thread(r, "local-feed-server");
                        t.setDaemon(true);
                        return t;
                    });
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    private final AtomicInteger maxParallelPerHost = new AtomicInteger();

    private LocalFeedServer(HttpServer server) {
        this.server = server;
    }

    public static LocalFeedServer start() {
        return start("127.0.0.1");
    }

    /** Binds {@code address}; "0.0.0.0" lets every 127.x.y.z address reach it. */
    public static LocalFeedServer start(String address) {
        try {
            HttpServer server =
                    HttpServer.create(
                            new InetSocketAddress(InetAddress.getByName(address), 0), 200);
            var s = new LocalFeedServer(server);
            server.setExecutor(s.executor);
            server.start();
            return s;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    public void route(String path, Handler handler) {
        server.createContext(
                path,
                exchange -> {
                    String host = exchange.getRequestHeaders().getFirst("Host");
                    requests.add(
                            new Request(
                                    exchange.getRequestURI().getPath(),
                                    Map.copyOf(exchange.getRequestHeaders()),
                                    System.nanoTime()));
                    int now =
                            inFlight.computeIfAbsent(host, h -> new AtomicInteger())
                                    .incrementAndGet();
                    maxParallelPerHost.accumulateAndGet(now, Math::max);
                    try {
                        handler.handle(exchange);
                    } catch (IOException e) {
                        // the client went away (cut at a cap or timeout): expected in these tests
                    } finally {
                        inFlight.get(host).decrementAndGet();
                        exchange.close();
                    }
                });
    }

    /** A feed with a fixed ETag and Last-Modified that answers 304 to matching validators. */
    public void feed(String path, String contentType, Supplier<String> body, String etag) {
        route(
                path,
                exchange -> {
                    String lastModified = "Sat, 01 Nov 2025 10:00:00 GMT";
                    Headers h = exchange.getResponseHeaders();
                    h.set("ETag", etag);
                    h.set("Last-Modified", lastModified);
                    if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                        exchange.sendResponseHeaders(304, -1);
                        return;
                    }
                    send(exchange, 200, contentType, body.get().getBytes(StandardCharsets.UTF_8));
                });
    }

    /** Accepts the request and never answers until the server closes. */
    public void hang(String path) {
        route(
                path,
                exchange -> {
                    try {
                        closing.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
    }

    public static void send(HttpExchange exchange, int status, String contentType, byte[] body)
            throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public List<Request> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    public int maxParallelRequestsPerHost() {
        return maxParallelPerHost.get();
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
