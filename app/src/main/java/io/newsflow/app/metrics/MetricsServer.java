package io.newsflow.app.metrics;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.kafka.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The HTTP endpoint Prometheus and orchestrators talk to: {@code /metrics} (Prometheus text
 * format), {@code /health} (liveness: 200 unless a part has failed for good) and {@code /ready}
 * (readiness: 200 only when every readiness check passes, else 503). Health answers are small JSON
 * objects naming each check, so a failing probe says which part is down.
 */
public final class MetricsServer implements AutoCloseable {
    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final HttpServer server;
    private final ExecutorService executor;
    private final PrometheusMeterRegistry registry;
    private final List<HealthCheck> liveness = new CopyOnWriteArrayList<>();
    private final List<HealthCheck> readiness = new CopyOnWriteArrayList<>();

    private MetricsServer(HttpServer server, ExecutorService executor, PrometheusMeterRegistry r) {
        this.server = server;
        this.executor = executor;
        this.registry = r;
    }

    /**
     * Listens on {@code address} (port 0 picks a free one).
     *
     * @throws IOException when the port is taken
     */
    public static MetricsServer start(InetSocketAddress address, PrometheusMeterRegistry registry)
            throws IOException {
        HttpServer http = HttpServer.create(address, 16);
        ExecutorService executor =
                Executors.newFixedThreadPool(
                        2,
                        r -> {
                            Thread t = new Thread(r, "newsflow-metrics-http");
                            t.setDaemon(true);
                            return t;
                        });
        var server = new MetricsServer(http, executor, registry);
        http.createContext("/metrics", server::metrics);
        http.createContext("/health", e -> server.health(e, "/health", server.liveness));
        http.createContext("/ready", e -> server.health(e, "/ready", server.readiness));
        http.createContext("/", server::notFound);
        http.setExecutor(executor);
        http.start();
        return server;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public void addLivenessCheck(HealthCheck check) {
        liveness.add(check);
    }

    public void addReadinessCheck(HealthCheck check) {
        readiness.add(check);
    }

    private void metrics(HttpExchange exchange) throws IOException {
        if (!allowed(exchange) || !exactPath(exchange, "/metrics")) {
            return;
        }
        respond(exchange, 200, PROMETHEUS_TEXT, registry.scrape());
    }

    private void health(HttpExchange exchange, String path, List<HealthCheck> checks)
            throws IOException {
        if (!allowed(exchange) || !exactPath(exchange, path)) {
            return;
        }
        ObjectNode body = Json.mapper().createObjectNode();
        ObjectNode details = Json.mapper().createObjectNode();
        boolean up = true;
        for (HealthCheck check : checks) {
            HealthCheck.Result result;
            try {
                result = check.check();
            } catch (RuntimeException e) {
                result = HealthCheck.Result.down(e.getClass().getSimpleName());
            }
            up &= result.up();
            ObjectNode entry = details.putObject(check.name());
            entry.put("status", result.up() ? "UP" : "DOWN");
            entry.put("detail", result.detail());
        }
        body.put("status", up ? "UP" : "DOWN");
        body.set("checks", details);
        respond(exchange, up ? 200 : 503, "application/json", body.toString());
    }

    private void notFound(HttpExchange exchange) throws IOException {
        respond(exchange, 404, "text/plain; charset=utf-8", "try /metrics, /health or /ready\n");
    }

    private boolean allowed(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        if (method.equals("GET") || method.equals("HEAD")) {
            return true;
        }
        exchange.getResponseHeaders().add("Allow", "GET, HEAD");
        respond(exchange, 405, "text/plain; charset=utf-8", "GET or HEAD only\n");
        return false;
    }

    private boolean exactPath(HttpExchange exchange, String path) throws IOException {
        if (exchange.getRequestURI().getPath().equals(path)) {
            return true;
        }
        notFound(exchange);
        return false;
    }

    private static void respond(HttpExchange exchange, int status, String type, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
