package io.newsflow.sink.it;

import io.newsflow.config.KafkaConfig;
import io.newsflow.config.NewsflowConfig;
import io.newsflow.config.SinkConfig;
import io.newsflow.config.SinkConfig.Route;
import io.newsflow.kafka.Topics;
import io.newsflow.sink.SinkService;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The sink as its own JVM, for the crash test: {@code SinkProcess <bootstrap> <outDir> <stateDir>}.
 * Runs until killed; SIGTERM closes it cleanly. Static group membership lets a restarted process
 * take over its predecessor's partitions at once instead of waiting for its session to expire.
 */
public final class SinkProcess {
    private SinkProcess() {}

    static NewsflowConfig config(String bootstrap, Path outDir) {
        var kafka =
                new KafkaConfig(
                        bootstrap,
                        null,
                        3,
                        (short) 1,
                        "crash-it",
                        Map.of(
                                "group.instance.id", "sink-under-test",
                                "session.timeout.ms", "10000"));
        var sink =
                SinkConfig.defaults()
                        .withOutDir(outDir)
                        .withGzip(true)
                        .withRoll(new SinkConfig.Roll(null, 250L, Duration.ofMillis(700)))
                        .withRoutes(
                                List.of(
                                        Route.lang("id", "ms"),
                                        Route.topic("politics"),
                                        Route.entity("Q30"),
                                        Route.source("antara-dunia")));
        return NewsflowConfig.defaults().withKafka(kafka).withSink(sink);
    }

    public static void main(String[] args) throws InterruptedException {
        var config = config(args[0], Path.of(args[1]));
        var service = new SinkService(config, args[0], Topics.DEFAULT, Path.of(args[2]));
        var done = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(
                                () -> {
                                    service.close();
                                    done.countDown();
                                }));
        service.start();
        done.await();
    }
}
