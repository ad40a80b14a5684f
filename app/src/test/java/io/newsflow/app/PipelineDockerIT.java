package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.kafka.Topics;
import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.RawArticle;
import io.newsflow.seeds.SeedCorpus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The end-to-end test against the official {@code apache/kafka} image instead of the embedded
 * broker: {@code newsflow run --bootstrap-servers} replays the seeds through the processors and the
 * file sink. Skipped (not failed) where no Docker engine runs.
 */
@Testcontainers(disabledWithoutDocker = true)
class PipelineDockerIT {
    @Container static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.3.1");

    @TempDir Path work;

    @Test
    void seedsReplayedAgainstARealKafkaContainerComeOutEnrichedAndInFiles() throws Exception {
        Path out = work.resolve("out");

        int exit =
                Newsflow.commandLine()
                        .execute(
                                "run",
                                "--bootstrap-servers",
                                KAFKA.getBootstrapServers(),
                                "--exit-when-idle",
                                "5s",
                                "--data-dir",
                                work.resolve("data").toString(),
                                "--out",
                                out.toString(),
                                "--metrics-port",
                                "0");

        assertThat(exit).isZero();
        List<String> seedTitles =
                SeedCorpus.builtIn().articles().stream().map(RawArticle::title).toList();
        assertThat(RunCommandIT.jsonLines(out)).hasSize(5);
        List<EnrichedArticle> enriched = readEnriched(5);
        assertThat(enriched)
                .extracting(e -> e.article().title())
                .containsExactlyInAnyOrderElementsOf(seedTitles);
    }

    private static List<EnrichedArticle> readEnriched(int expected) {
        var props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.getBootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "docker-it-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        var topic = Topics.DEFAULT.enriched();
        var out = new java.util.ArrayList<EnrichedArticle>();
        try (var consumer =
                new KafkaConsumer<>(
                        props,
                        topic.keySerde().deserializer(),
                        topic.valueSerde().deserializer())) {
            consumer.subscribe(List.of(topic.name()));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (out.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> out.add(r.value()));
            }
        }
        return out;
    }
}
