package io.newsflow.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigLoaderTest {
    private final ConfigLoader loader =
            new ConfigLoader(
                    Map.of("NEWSFLOW_BOOTSTRAP_SERVERS", "kafka-1:9092,kafka-2:9092")::get);

    @Test
    void emptyFileGivesDefaults() {
        NewsflowConfig config = loader.parse("", "test");

        assertThat(config).isEqualTo(NewsflowConfig.defaults());
        assertThat(config.kafka().embedded()).isTrue();
        assertThat(config.kafka().partitions()).isEqualTo(6);
        assertThat(config.identity().window()).isEqualTo(Duration.ofDays(7));
        assertThat(config.sink().outDir()).isEqualTo(Path.of("out"));
    }

    @Test
    void substitutesEnvironmentVariablesAndDefaults() {
        NewsflowConfig config =
                loader.parse(
                        """
                kafka:
                  bootstrapServers: ${NEWSFLOW_BOOTSTRAP_SERVERS:embedded}
                  topicPrefix: ${NEWSFLOW_TOPIC_PREFIX:staging.}
                  properties:
                    security.protocol: SASL_SSL
                    compression.type: zstd
                identity:
                  mode: MARK
                  window: 3d
                """,
                        "test");

        assertThat(config.kafka().bootstrapServers()).isEqualTo("kafka-1:9092,kafka-2:9092");
        assertThat(config.kafka().embedded()).isFalse();
        assertThat(config.kafka().topicPrefix()).isEqualTo("staging.");
        assertThat(config.kafka().properties()).containsEntry("security.protocol", "SASL_SSL");
        assertThat(config.identity().mode()).isEqualTo("mark");
        assertThat(config.identity().window()).isEqualTo(Duration.ofDays(3));
    }

    @Test
    void reportsEveryProblemAtOnce() {
        ConfigException error =
                catchThrowableOfType(
                        ConfigException.class,
                        () ->
                                loader.parse(
                                        """
                kafka:
                  partitions: lots
                  bootstrapServers: ${MISSING_VARIABLE}
                  colour: blue
                identity:
                  window: soon
                metrics:
                  port: 70000
                """,
                                        "newsflow.yaml"));

        assertThat(error.getMessage()).contains("newsflow.yaml");
        assertThat(error.problems())
                .anySatisfy(p -> assertThat(p).contains("kafka.partitions").contains("lots"));
        assertThat(error.problems()).anySatisfy(p -> assertThat(p).contains("MISSING_VARIABLE"));
        assertThat(error.problems())
                .anySatisfy(
                        p -> assertThat(p).contains("kafka.colour").contains("unknown setting"));
        assertThat(error.problems())
                .anySatisfy(p -> assertThat(p).contains("identity.window").contains("soon"));
        assertThat(error.problems()).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void validationProblemsAreAllListed() {
        ConfigException error =
                catchThrowableOfType(
                        ConfigException.class,
                        () ->
                                loader.parse(
                                        """
                kafka:
                  partitions: 0
                  bootstrapServers: "no-port-here"
                identity:
                  mode: keep
                metrics:
                  port: 70000
                """,
                                        "test"));

        assertThat(error.problems())
                .hasSize(4)
                .anySatisfy(p -> assertThat(p).startsWith("kafka.partitions"))
                .anySatisfy(p -> assertThat(p).startsWith("kafka.bootstrapServers"))
                .anySatisfy(p -> assertThat(p).startsWith("identity.mode"))
                .anySatisfy(p -> assertThat(p).startsWith("metrics.port"));
    }

    @Test
    void durationsReadFriendlyAndIsoForms() {
        assertThat(Durations.parse("15s")).isEqualTo(Duration.ofSeconds(15));
        assertThat(Durations.parse("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(Durations.parse("P7D")).isEqualTo(Duration.ofDays(7));
        assertThat(Durations.format(Duration.ofMinutes(90))).isEqualTo("90m");
    }
}
