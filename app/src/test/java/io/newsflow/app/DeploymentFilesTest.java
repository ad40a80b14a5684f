package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.newsflow.config.ConfigLoader;
import io.newsflow.config.NewsflowConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The deployment files, checked without a Docker engine: docker-compose.yml is a 3-broker KRaft
 * cluster with replication 3 and min ISR 2 whose newsflow services call real subcommands, and the
 * mounted newsflow.yaml loads through the real config loader.
 */
class DeploymentFilesTest {
    private static final Path ROOT = Path.of("..");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void composeRunsThreeKraftBrokersWithReplicationThreeAndMinIsrTwo() throws IOException {
        JsonNode services = compose().get("services");
        Set<String> nodeIds = new HashSet<>();
        Set<String> clusterIds = new HashSet<>();
        for (String name : List.of("kafka-1", "kafka-2", "kafka-3")) {
            JsonNode broker = services.get(name);
            JsonNode env = broker.get("environment");
            assertThat(broker.get("image").asText()).isEqualTo("apache/kafka:4.3.1");
            assertThat(env.get("KAFKA_PROCESS_ROLES").asText()).contains("controller");
            assertThat(env.get("KAFKA_CONTROLLER_QUORUM_VOTERS").asText())
                    .isEqualTo("1@kafka-1:9093,2@kafka-2:9093,3@kafka-3:9093");
            assertThat(env.get("KAFKA_DEFAULT_REPLICATION_FACTOR").asText()).isEqualTo("3");
            assertThat(env.get("KAFKA_MIN_INSYNC_REPLICAS").asText()).isEqualTo("2");
            assertThat(env.get("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR").asText())
                    .isEqualTo("3");
            assertThat(env.get("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR").asText()).isEqualTo("2");
            assertThat(env.get("KAFKA_ADVERTISED_LISTENERS").asText())
                    .contains("PLAINTEXT://" + name + ":9092");
            nodeIds.add(env.get("KAFKA_NODE_ID").asText());
            clusterIds.add(env.get("CLUSTER_ID").asText());
        }
        assertThat(nodeIds).containsExactlyInAnyOrder("1", "2", "3");
        assertThat(clusterIds).hasSize(1);
    }

    @Test
    void newsflowServicesRunRealSubcommandsWithTheMountedConfig() throws IOException {
        JsonNode services = compose().get("services");
        Set<String> subcommands = Newsflow.commandLine().getSubcommands().keySet();
        List<String> run = new ArrayList<>();
        for (String name : List.of("replay", "process-1", "process-2", "sink", "poll")) {
            JsonNode service = services.get(name);
            assertThat(service).as(name).isNotNull();
            String subcommand = service.get("command").get(0).asText();
            run.add(subcommand);
            assertThat(subcommands).as(name).contains(subcommand);
            assertThat(service.get("command").toString())
                    .contains("\"--config\",\"/etc/newsflow/newsflow.yaml\"");
            assertThat(service.get("volumes").toString())
                    .contains("./deploy/newsflow.yaml:/etc/newsflow/newsflow.yaml:ro");
            assertThat(service.get("depends_on").get("kafka-1").get("condition").asText())
                    .isEqualTo("service_healthy");
        }
        assertThat(run).containsExactly("replay", "process", "process", "sink", "poll");
        assertThat(services.get("replay").get("restart").asText()).isEqualTo("no");
        // Two processors never share a state directory.
        assertThat(services.get("process-1").get("volumes").toString())
                .contains("process-1:/var/lib/newsflow")
                .doesNotContain("process-2:");
        assertThat(services.get("process-2").get("volumes").toString())
                .contains("process-2:/var/lib/newsflow");
    }

    @Test
    void mountedConfigLoadsWithClusterDefaultsAndEnvironmentOverrides() {
        var loader = new ConfigLoader(Map.<String, String>of()::get);
        NewsflowConfig defaults = loader.load(ROOT.resolve("deploy/newsflow.yaml"));
        NewsflowConfig overridden =
                new ConfigLoader(
                                Map.of(
                                                "NEWSFLOW_PARTITIONS",
                                                "12",
                                                "NEWSFLOW_BOOTSTRAP_SERVERS",
                                                "k1:9092,k2:9092")
                                        ::get)
                        .load(ROOT.resolve("deploy/newsflow.yaml"));

        assertThat(defaults.kafka().bootstrapServers())
                .isEqualTo("kafka-1:9092,kafka-2:9092,kafka-3:9092");
        assertThat(defaults.kafka().embedded()).isFalse();
        assertThat(defaults.kafka().replicationFactor()).isEqualTo((short) 3);
        assertThat(defaults.kafka().partitions()).isEqualTo(6);
        assertThat(defaults.metrics().port()).isEqualTo(9464);
        assertThat(defaults.sink().outDir()).isEqualTo(Path.of("/var/lib/newsflow/out"));
        assertThat(overridden.kafka().partitions()).isEqualTo(12);
        assertThat(overridden.kafka().bootstrapServers()).isEqualTo("k1:9092,k2:9092");
    }

    /**
     * Read with SnakeYAML (under Jackson's YAML module), which resolves the anchors and {@code <<}
     * merge keys the compose file uses, as Docker Compose does.
     */
    private static JsonNode compose() throws IOException {
        Object tree =
                new org.yaml.snakeyaml.Yaml()
                        .load(java.nio.file.Files.readString(ROOT.resolve("docker-compose.yml")));
        return YAML.valueToTree(tree);
    }
}
