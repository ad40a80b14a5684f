package io.newsflow.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SinkConfigTest {
    private final ConfigLoader loader = new ConfigLoader(Map.of("OUT", "/data/lake")::get);

    @Test
    void bindsFilesRollingAndRoutesFromYaml() {
        var config =
                loader.parse(
                        """
                        sink:
                          outDir: ${OUT:out}
                          gzip: true
                          dateField: fetched
                          roll: { maxBytes: 1048576, maxRecords: 500, maxAge: 30s }
                          routes:
                            - lang: [id, ms]
                            - topic: [politics]
                            - entity: [Q30]
                              to: news.usa
                            - source: [antara-dunia]
                        """,
                        "test.yaml");

        var sink = config.sink();
        assertThat(sink.outDir()).isEqualTo(Path.of("/data/lake"));
        assertThat(sink.gzip()).isTrue();
        assertThat(sink.dateField()).isEqualTo("fetched");
        assertThat(sink.roll())
                .isEqualTo(new SinkConfig.Roll(1_048_576L, 500L, Duration.ofSeconds(30)));
        assertThat(sink.routes())
                .containsExactly(
                        SinkConfig.Route.lang("id", "ms"),
                        SinkConfig.Route.topic("politics"),
                        SinkConfig.Route.entity("Q30").to("news.usa"),
                        SinkConfig.Route.source("antara-dunia"));
    }

    @Test
    void defaultsNeedNoConfiguration() {
        var sink = loader.parse("", "empty.yaml").sink();

        assertThat(sink.outDir()).isEqualTo(Path.of("out"));
        assertThat(sink.gzip()).isFalse();
        assertThat(sink.dateField()).isEqualTo("published");
        assertThat(sink.routes()).isEmpty();
        assertThat(sink.groupIdOr("newsflow")).isEqualTo("newsflow-file-sink");
        assertThat(new SinkConfig(Path.of("x")).withOutDir(Path.of("y")).outDir())
                .isEqualTo(Path.of("y"));
    }

    @Test
    void reportsEveryBadSettingAtOnce() {
        assertThatThrownBy(
                        () ->
                                loader.parse(
                                        """
                                        sink:
                                          dateField: modified
                                          roll: { maxRecords: 0 }
                                          routes:
                                            - entity: [Jakarta]
                                            - lang: [id]
                                              topic: [politics]
                                            - {}
                                        """,
                                        "bad.yaml"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("sink.dateField")
                .hasMessageContaining("sink.roll.maxRecords")
                .hasMessageContaining("'Jakarta' is not a Wikidata QID")
                .hasMessageContaining("sink.routes[1].to")
                .hasMessageContaining("sink.routes[2]: needs at least one of");
    }

    @Test
    void derivedNamesNeedNoTarget() {
        var problems = new Problems();
        new SinkConfig(null, null, null, null, null, List.of(SinkConfig.Route.lang("id")))
                .validate("sink", problems);

        assertThat(problems.isEmpty()).isTrue();
    }
}
