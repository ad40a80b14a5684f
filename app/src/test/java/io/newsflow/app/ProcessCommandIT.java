package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.newsflow.app.metrics.Http;
import io.newsflow.app.runtime.ProcessorsRunner;
import io.newsflow.broker.testing.TestKafka;
import io.newsflow.kafka.Topics;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** {@code newsflow process} as an operator runs it, in this JVM, against the embedded broker. */
class ProcessCommandIT {
    @TempDir Path work;

    @Test
    void exitsWithAnErrorWhenItsProcessorsStopForGood() throws Exception {
        // it waited for a shutdown signal only: with its streams dead it ran on, doing nothing
        var logs = new ListAppender<ILoggingEvent>();
        logs.start();
        var runnerLog = (Logger) LoggerFactory.getLogger(ProcessorsRunner.class);
        runnerLog.addAppender(logs);
        try (var kafka = TestKafka.start(work.resolve("broker"))) {
            kafka.createTopics(Topics.DEFAULT, 1);
            int port = Http.freePort();
            var cli = Newsflow.commandLine();
            cli.setOut(new PrintWriter(new StringWriter(), true));
            cli.setErr(new PrintWriter(new StringWriter(), true));
            CompletableFuture<Integer> exit =
                    CompletableFuture.supplyAsync(
                            () ->
                                    cli.execute(
                                            "process",
                                            "--bootstrap-servers",
                                            kafka.bootstrapServers(),
                                            "--data-dir",
                                            work.resolve("state").toString(),
                                            "--metrics-port",
                                            Integer.toString(port)));
            await().atMost(Duration.ofSeconds(90))
                    .ignoreExceptions() // the endpoint is not up yet
                    .until(() -> Http.get(port, "/ready").statusCode() == 200);

            // a source topic deleted under running processors is fatal to Kafka Streams
            try (Admin admin =
                    Admin.create(
                            Map.of(
                                    AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                                    kafka.bootstrapServers()))) {
                admin.deleteTopics(List.of(Topics.DEFAULT.raw().name())).all().get();
            }

            assertThat(exit.get(120, TimeUnit.SECONDS)).isEqualTo(1);
            // the operator deleted the topic: the log says what to do, not "a bug"
            assertThat(logs.list)
                    .map(ILoggingEvent::getFormattedMessage)
                    .anySatisfy(
                            line ->
                                    assertThat(line)
                                            .startsWith(
                                                    "processors stopped: a topic the processors read is gone"))
                    .noneSatisfy(line -> assertThat(line).contains("please report"));
        } finally {
            runnerLog.detachAppender(logs);
        }
    }
}
