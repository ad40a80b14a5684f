package io.newsflow.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MetricsServerTest {
    private final PrometheusMeterRegistry registry =
            new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private MetricsServer server;

    @BeforeEach
    void start() throws Exception {
        server = MetricsServer.start(new InetSocketAddress("127.0.0.1", 0), registry);
    }

    @AfterEach
    void stop() {
        server.close();
        registry.close();
    }

    @Test
    void servesRegisteredSeriesInPrometheusTextFormat() {
        Counter.builder("newsflow.example.records").register(registry).increment(3);

        var response = Http.get(server.port(), "/metrics");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        assertThat(response.body()).contains("newsflow_example_records_total 3.0");
    }

    @Test
    void readyAnswers503NamingTheFailingCheckAndFlipsBackWhenItRecovers() {
        var brokerUp = new AtomicBoolean(false);
        server.addReadinessCheck(
                HealthCheck.of(
                        "broker",
                        () ->
                                brokerUp.get()
                                        ? HealthCheck.Result.up("1 node(s)")
                                        : HealthCheck.Result.down("unreachable")));
        server.addReadinessCheck(HealthCheck.of("streams", () -> HealthCheck.Result.up("RUNNING")));

        var down = Http.get(server.port(), "/ready");
        brokerUp.set(true);
        var up = Http.get(server.port(), "/ready");

        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.body())
                .contains("\"status\":\"DOWN\"")
                .contains("\"broker\":{\"status\":\"DOWN\",\"detail\":\"unreachable\"}")
                .contains("\"streams\":{\"status\":\"UP\"");
        assertThat(up.statusCode()).isEqualTo(200);
        assertThat(up.body()).startsWith("{\"status\":\"UP\"");
    }

    @Test
    void livenessIgnoresReadinessAndFailsOnlyOnItsOwnChecks() {
        server.addReadinessCheck(HealthCheck.of("broker", () -> HealthCheck.Result.down("x")));

        assertThat(Http.get(server.port(), "/health").statusCode()).isEqualTo(200);

        server.addLivenessCheck(HealthCheck.of("streams", () -> HealthCheck.Result.down("ERROR")));
        assertThat(Http.get(server.port(), "/health").statusCode()).isEqualTo(503);
    }

    @Test
    void aCheckThatThrowsCountsAsDown() {
        server.addReadinessCheck(
                HealthCheck.of(
                        "broken",
                        () -> {
                            throw new IllegalStateException("boom");
                        }));

        var response = Http.get(server.port(), "/ready");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("IllegalStateException");
    }

    @Test
    void rejectsOtherMethodsAndUnknownPaths() {
        assertThat(Http.send(server.port(), "/metrics", "POST").statusCode()).isEqualTo(405);
        assertThat(Http.get(server.port(), "/nothing").statusCode()).isEqualTo(404);
        assertThat(Http.get(server.port(), "/metrics/extra").statusCode()).isEqualTo(404);
        // the health contexts match by prefix too: /healthXYZ answered 200
        assertThat(Http.get(server.port(), "/healthXYZ").statusCode()).isEqualTo(404);
        assertThat(Http.get(server.port(), "/ready/x").statusCode()).isEqualTo(404);
    }
}
