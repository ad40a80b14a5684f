package io.newsflow.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.app.Newsflow;
import io.newsflow.broker.testing.TestKafka;
import io.newsflow.config.BrokerConfig;
import io.newsflow.config.MetricsConfig;
import io.newsflow.config.NewsflowConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The metrics and health endpoint of real newsflow processes against a real broker. */
class MetricsEndpointIT {
    @TempDir Path work;

    @Test
    void runServesPipelineSeriesAfterTheSeedReplayAndIsReadyWhileStreamsRun() throws Exception {
        int metricsPort = Http.freePort();
        CompletableFuture<Integer> run =
                CompletableFuture.supplyAsync(
                        () ->
                                Newsflow.commandLine()
                                        .execute(
                                                "run",
                                                "--exit-when-idle",
                                                "8s",
                                                "--data-dir",
                                                work.resolve("data").toString(),
                                                "--out",
                                                work.resolve("out").toString(),
                                                "--broker-port",
                                                Integer.toString(Http.freePort()),
                                                "--metrics-port",
                                                Integer.toString(metricsPort)));

        // Summed over languages: the label is "none" until the language step is wired in.
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(250))
                .ignoreExceptions()
                .until(() -> enrichedArticles(Http.get(metricsPort, "/metrics").body()) == 5.0);
        String metrics = Http.get(metricsPort, "/metrics").body();
        var ready = Http.get(metricsPort, "/ready");
        var health = Http.get(metricsPort, "/health");

        assertThat(metrics)
                .contains(
                        "newsflow_end_to_end_latency_seconds_count{origin=\"replay\",part=\"run\"} 5")
                .contains("newsflow_identity_decisions_total{part=\"run\",status=\"new\"}")
                .contains(
                        "newsflow_file_sink_lag_records{group=\"newsflow-file-sink\",part=\"run\"}")
                .contains("newsflow_file_sink_records_written_total{part=\"run\"}")
                .contains("newsflow_build_info{")
                .contains("jvm_memory_used_bytes{")
                // Kafka Streams and client metrics, bound by Micrometer's binders.
                .containsPattern("kafka_stream_thread_process_total\\{")
                .containsPattern("kafka_consumer_fetch_manager_records_consumed_total\\{");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body())
                .contains("\"broker\":{\"status\":\"UP\"")
                .contains("\"streams\":{\"status\":\"UP\",\"detail\":\"RUNNING\"}");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(run.get(90, TimeUnit.SECONDS)).isZero();
    }

    private static double enrichedArticles(String scrape) {
        var series =
                java.util.regex.Pattern.compile(
                                "(?m)^newsflow_enriched_articles_total\\{language=\"[^\"]+\",part=\"run\"} ([0-9.E]+)$")
                        .matcher(scrape);
        double sum = 0;
        while (series.find()) {
            sum += Double.parseDouble(series.group(1));
        }
        return sum;
    }

    @Test
    void readyFlipsToUnavailableWhenTheBrokerStops() {
        var kafka = TestKafka.start(work.resolve("broker"));
        NewsflowConfig config =
                NewsflowConfig.defaults()
                        .withBroker(new BrokerConfig(work.resolve("state"), null, null, null))
                        .withMetrics(new MetricsConfig(Http.freePort()));
        try (var observability =
                Observability.start(config, kafka.bootstrapServers(), "test", true)) {
            int port = observability.port();
            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(
                            () -> assertThat(Http.get(port, "/ready").statusCode()).isEqualTo(200));

            kafka.close();

            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(
                            () -> {
                                var ready = Http.get(port, "/ready");
                                assertThat(ready.statusCode()).isEqualTo(503);
                                assertThat(ready.body())
                                        .contains("\"broker\":{\"status\":\"DOWN\"");
                            });
            // Liveness is not readiness: nothing in this process failed for good.
            assertThat(Http.get(port, "/health").statusCode()).isEqualTo(200);
        } finally {
            kafka.close();
        }
    }

    @Test
    void processorsAreNotReadyBeforeTheirStreamsRun() {
        // the endpoint serves seconds before the processors exist; /ready answered 200 then,
        // with only the broker check, and rollouts routed to a part that could not process yet
        try (var kafka = TestKafka.start(work.resolve("broker"))) {
            kafka.createTopics(io.newsflow.kafka.Topics.DEFAULT, 1);
            NewsflowConfig config =
                    NewsflowConfig.defaults()
                            .withBroker(new BrokerConfig(work.resolve("state"), null, null, null))
                            .withMetrics(new MetricsConfig(Http.freePort()));
            try (var observability =
                    Observability.start(config, kafka.bootstrapServers(), "process", true)) {
                int port = observability.port();
                await().atMost(Duration.ofSeconds(20))
                        .untilAsserted(
                                () ->
                                        assertThat(Http.get(port, "/ready").body())
                                                .contains("\"broker\":{\"status\":\"UP\""));
                var early = Http.get(port, "/ready");
                assertThat(early.statusCode()).isEqualTo(503);
                assertThat(early.body())
                        .contains("\"streams\":{\"status\":\"DOWN\",\"detail\":\"CREATED\"");

                try (var processors =
                        new io.newsflow.app.runtime.ProcessorsRunner(
                                config,
                                kafka.bootstrapServers(),
                                io.newsflow.kafka.Topics.DEFAULT,
                                io.newsflow.processors.Enrichers.standard(config))) {
                    observability.watchProcessors(processors);
                    processors.start();
                    await().atMost(Duration.ofSeconds(60))
                            .untilAsserted(
                                    () ->
                                            assertThat(Http.get(port, "/ready").statusCode())
                                                    .isEqualTo(200));
                }
            }
        }
    }
}
