package io.newsflow.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopicsConfigTest {
    private final ConfigLoader loader = new ConfigLoader(Map.<String, String>of()::get);

    @Test
    void defaultsTagTopicsWithTheBuiltInRules() {
        TopicsConfig topics = NewsflowConfig.defaults().topics();

        assertThat(topics.enabled()).isTrue();
        assertThat(topics.threshold()).isEqualTo(TopicsConfig.DEFAULT_THRESHOLD);
        assertThat(topics.maxTopics()).isEqualTo(TopicsConfig.DEFAULT_MAX_TOPICS);
        assertThat(topics.rulesDirectory()).isNull();
    }

    @Test
    void bindsTheTopicsSection() {
        NewsflowConfig config =
                loader.parse(
                        """
                topics:
                  threshold: 0.6
                  maxTopics: 4
                  rulesDirectory: /etc/newsflow/topics
                """,
                        "test");

        assertThat(config.topics())
                .isEqualTo(new TopicsConfig(true, 0.6, 4, Path.of("/etc/newsflow/topics")));
    }

    @Test
    void reportsAnImpossibleThresholdAndMaximumTogether() {
        ConfigException e =
                catchThrowableOfType(
                        ConfigException.class,
                        () -> loader.parse("topics:\n  threshold: 1.5\n  maxTopics: 0\n", "test"));

        assertThat(e.getMessage()).contains("topics.threshold").contains("topics.maxTopics");
    }
}
