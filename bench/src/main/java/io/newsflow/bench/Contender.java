package io.newsflow.bench;

import io.newsflow.app.runtime.ProcessorsRunner;
import io.newsflow.config.NewsflowConfig;
import io.newsflow.kafka.Topics;
import io.newsflow.processors.Enrichers;
import io.newsflow.processors.EnrichmentTopology;
import io.newsflow.processors.StreamsSettings;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.KafkaStreams;

/** One of the Streams applications the benchmark compares, started on its own topics. */
enum Contender {
    /** Deserialize → serialize: the ceiling for any topology over these records. */
    PASS_THROUGH("pass-through"),
    /** Exactly what {@code newsflow process} runs. */
    PIPELINE("pipeline");

    final String label;

    Contender(String label) {
        this.label = label;
    }

    /** A started application; {@link Running#applicationId()} is its consumer group. */
    interface Running extends AutoCloseable {
        String applicationId();

        /**
         * The topics this application reads, raw first; an article is processed only when the group
         * has no lag on any of them (the pipeline's articles wait a second time in the identity
         * ledger's topic).
         */
        List<String> inputTopics();

        boolean awaitRunning(Duration timeout) throws InterruptedException;

        @Override
        void close();
    }

    Running start(NewsflowConfig config, String bootstrap, Topics topics) {
        if (this == PIPELINE) {
            var runner =
                    new ProcessorsRunner(config, bootstrap, topics, Enrichers.standard(config));
            runner.start();
            return new Running() {
                @Override
                public String applicationId() {
                    return runner.applicationId();
                }

                @Override
                public List<String> inputTopics() {
                    return EnrichmentTopology.inputTopics(runner.applicationId(), topics);
                }

                @Override
                public boolean awaitRunning(Duration timeout) throws InterruptedException {
                    return runner.awaitRunning(timeout);
                }

                @Override
                public void close() {
                    runner.close();
                }
            };
        }
        String applicationId = config.kafka().applicationId() + "-passthrough";
        var streams =
                new KafkaStreams(
                        PassThroughTopology.build(topics),
                        StreamsSettings.properties(
                                config,
                                bootstrap,
                                applicationId,
                                config.broker().dataDir().resolve("streams")));
        var running = new CountDownLatch(1);
        streams.setStateListener(
                (now, before) -> {
                    if (now == KafkaStreams.State.RUNNING) {
                        running.countDown();
                    }
                });
        streams.start();
        return new Running() {
            @Override
            public String applicationId() {
                return applicationId;
            }

            @Override
            public List<String> inputTopics() {
                return List.of(topics.raw().name());
            }

            @Override
            public boolean awaitRunning(Duration timeout) throws InterruptedException {
                return running.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
            }

            @Override
            public void close() {
                streams.close(Duration.ofSeconds(30));
            }
        };
    }
}
