package io.newsflow.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.broker.testing.TestKafka;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaIT {
    @TempDir Path dataDir;

    @Test
    void keepsRecordsAcrossARestartOnTheSameDataDirectory() {
        try (var kafka = TestKafka.start(dataDir)) {
            kafka.createTopics(List.of(TopicSpec.deleting("durable", 2, (short) 1)));
            kafka.produceBytes("durable", bytes("k1"), bytes("first"));
            kafka.produceBytes("durable", bytes("k2"), bytes("second"));
        }

        try (var restarted = TestKafka.start(dataDir)) {
            var records = restarted.readBytes("durable", 2, Duration.ofSeconds(30));

            assertThat(records)
                    .extracting(r -> new String(r.value(), StandardCharsets.UTF_8))
                    .containsExactlyInAnyOrder("first", "second");
        }
    }

    @Test
    void createsCompactedTopicsAndToleratesExistingOnes() throws Exception {
        try (var kafka = TestKafka.start(dataDir);
                var admin = new TopicAdmin(kafka.bootstrapServers(), Map.of())) {
            var spec = TopicSpec.compacted("state", 3, (short) 1);
            admin.ensureTopics(List.of(spec), Duration.ofSeconds(30));
            admin.ensureTopics(List.of(spec), Duration.ofSeconds(30));

            var description =
                    admin.admin()
                            .describeTopics(List.of("state"))
                            .allTopicNames()
                            .get()
                            .get("state");
            var config =
                    admin.admin()
                            .describeConfigs(
                                    List.of(
                                            new org.apache.kafka.common.config.ConfigResource(
                                                    org.apache.kafka.common.config.ConfigResource
                                                            .Type.TOPIC,
                                                    "state")))
                            .all()
                            .get();

            assertThat(description.partitions()).hasSize(3);
            assertThat(config.values().iterator().next().get("cleanup.policy").value())
                    .isEqualTo("compact");
        }
    }

    @Test
    void refusesATakenPortWithAMessageNamingTheFlag() throws Exception {
        try (var taken = new ServerSocket(0)) {
            var settings =
                    new EmbeddedKafka.Settings(
                            dataDir, "localhost", taken.getLocalPort(), 0, Map.of());

            assertThatThrownBy(() -> EmbeddedKafka.start(settings))
                    .isInstanceOf(BrokerStartException.class)
                    .hasMessageContaining("already in use")
                    .hasMessageContaining("--broker-port");
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
