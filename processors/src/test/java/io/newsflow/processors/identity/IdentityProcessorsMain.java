package io.newsflow.processors.identity;

import io.newsflow.config.NewsflowConfig;
import io.newsflow.kafka.Topics;
import io.newsflow.processors.Enrichers;
import io.newsflow.processors.EnrichmentTopology;
import io.newsflow.processors.StreamsSettings;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The enrichment topology alone in its own JVM, so {@link IdentityCrashRecoveryIT} can kill it with
 * SIGKILL mid-transaction. Arguments: bootstrap servers, state directory, application id.
 */
public final class IdentityProcessorsMain {
    private IdentityProcessorsMain() {}

    public static void main(String[] args) throws InterruptedException {
        NewsflowConfig config = NewsflowConfig.defaults();
        var props = StreamsSettings.properties(config, args[0], args[2], Path.of(args[1]));
        // the killed instance's group member must expire before the restarted one gets the tasks
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), 6_000);
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG), 1_500);
        var streams =
                new KafkaStreams(
                        EnrichmentTopology.build(
                                config, Topics.DEFAULT, Enrichers.standard(config)),
                        props);
        var stopped = new CountDownLatch(1);
        streams.setUncaughtExceptionHandler(
                e -> {
                    e.printStackTrace();
                    stopped.countDown();
                    return org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler
                            .StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
                });
        Runtime.getRuntime().addShutdownHook(new Thread(streams::close));
        streams.start();
        stopped.await();
        streams.close();
        System.exit(1);
    }
}
