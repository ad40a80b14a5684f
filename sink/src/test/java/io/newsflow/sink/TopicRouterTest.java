package io.newsflow.sink;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.config.KafkaConfig;
import io.newsflow.config.NewsflowConfig;
import io.newsflow.config.SinkConfig;
import io.newsflow.config.SinkConfig.Route;
import io.newsflow.kafka.Topics;
import io.newsflow.model.EnrichedArticle;
import io.newsflow.sink.testing.Articles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopicRouterTest {
    private static final Instant DAY = Instant.parse("2025-08-19T10:00:00Z");

    @TempDir Path stateDir;

    private static final EnrichedArticle ANTARA_POLITICS_ID =
            Articles.article(
                    "a1",
                    "id",
                    "antara-dunia",
                    "Antara",
                    DAY,
                    List.of(Articles.politics()),
                    List.of("Q30"));
    private static final EnrichedArticle BERNAMA_MS =
            Articles.article(
                    "a2", "ms", "bernama", "Bernama", DAY, List.of(Articles.economy()), List.of());
    private static final EnrichedArticle REUTERS_EN =
            Articles.article(
                    "a3",
                    "en",
                    "reuters-world",
                    "Reuters",
                    DAY,
                    List.of(Articles.politics()),
                    List.of("Q159"));
    private static final EnrichedArticle NOT_ENRICHED_YET =
            Articles.article("a4", null, "kompas", "Kompas", DAY, null, List.of());

    @Test
    void languageRuleCopiesMatchingLanguagesToOneTopic() {
        var config = config(List.of(Route.lang("id", "ms")));

        var routed = route(config, "news.lang.id-ms");

        assertThat(routed).containsExactly("a1", "a2");
    }

    @Test
    void topicRuleMatchesByLabelSlugOrCode() {
        var config = config(List.of(Route.topic("politics"), Route.topic("medtop:04000000")));

        assertThat(route(config, "news.topic.politics")).containsExactly("a1", "a3");
        assertThat(route(config, "news.topic.medtop-04000000")).containsExactly("a2");
    }

    @Test
    void entityRuleMatchesLinkedQids() {
        var config = config(List.of(Route.entity("Q159")));

        assertThat(route(config, "news.entity.Q159")).containsExactly("a3");
    }

    @Test
    void sourceRuleMatchesFeedOrSourceName() {
        var config = config(List.of(Route.source("antara-dunia"), Route.source("Reuters")));

        assertThat(route(config, "news.source.antara-dunia")).containsExactly("a1");
        assertThat(route(config, "news.source.reuters")).containsExactly("a3");
    }

    @Test
    void rulesSharingATopicCopyARecordOnce() {
        var config =
                config(
                        List.of(
                                Route.lang("id").to("news.asia"),
                                Route.entity("Q30").to("news.asia"),
                                Route.source("bernama").to("news.asia")));

        assertThat(route(config, "news.asia")).containsExactly("a1", "a2");
    }

    @Test
    void forwardsTheRecordBytesKeyAndHeadersUnchanged() {
        var config = config(List.of(Route.lang("id")));
        try (var driver = driver(config)) {
            var in =
                    driver.createInputTopic(
                            Topics.ENRICHED, new ByteArraySerializer(), new ByteArraySerializer());
            var out =
                    driver.createOutputTopic(
                            "news.lang.id",
                            new ByteArrayDeserializer(),
                            new ByteArrayDeserializer());
            byte[] value = Articles.json(ANTARA_POLITICS_ID);
            var headers = new org.apache.kafka.common.header.internals.RecordHeaders();
            headers.add("trace", "t-1".getBytes(StandardCharsets.UTF_8));
            in.pipeInput(
                    new org.apache.kafka.streams.test.TestRecord<>(
                            bytes("a1"), value, headers, DAY));

            var record = out.readRecord();

            assertThat(record.key()).isEqualTo(bytes("a1"));
            assertThat(record.value()).isEqualTo(value);
            assertThat(record.headers().lastHeader("trace").value()).isEqualTo(bytes("t-1"));
        }
    }

    @Test
    void ignoresUnreadableRecordsAndTombstones() {
        var config = config(List.of(Route.lang("id")));
        try (var driver = driver(config)) {
            var in =
                    driver.createInputTopic(
                            Topics.ENRICHED, new ByteArraySerializer(), new ByteArraySerializer());
            in.pipeInput(bytes("x"), bytes("not json"));
            in.pipeInput(bytes("y"), (byte[]) null);

            var out =
                    driver.createOutputTopic(
                            "news.lang.id",
                            new ByteArrayDeserializer(),
                            new ByteArrayDeserializer());
            assertThat(out.isEmpty()).isTrue();
        }
    }

    @Test
    void listsTargetTopicsUnderTheConfiguredPrefix() {
        var config =
                config(
                                List.of(
                                        Route.lang("id", "ms"),
                                        Route.topic("politics"),
                                        Route.lang("en").to("english")))
                        .withKafka(new KafkaConfig(null, "staging.", null, null, null, null));

        assertThat(TopicRouter.targetTopics(config, Topics.withPrefix("staging.")))
                .containsExactly(
                        "staging.english",
                        "staging.news.lang.id-ms",
                        "staging.news.topic.politics");
        assertThat(TopicRouter.build(config, Topics.withPrefix("staging.")).describe().toString())
                .contains("staging.news.articles.enriched")
                .contains("write-staging.news.lang.id-ms");
    }

    private List<String> route(NewsflowConfig config, String target) {
        try (var driver = driver(config)) {
            TestInputTopic<String, EnrichedArticle> in =
                    driver.createInputTopic(
                            Topics.ENRICHED,
                            Topics.DEFAULT.enriched().keySerde().serializer(),
                            Topics.DEFAULT.enriched().valueSerde().serializer());
            for (var article :
                    List.of(ANTARA_POLITICS_ID, BERNAMA_MS, REUTERS_EN, NOT_ENRICHED_YET)) {
                in.pipeInput(article.articleId(), article);
            }
            var out =
                    driver.createOutputTopic(
                            target,
                            Topics.DEFAULT.enriched().keySerde().deserializer(),
                            Topics.DEFAULT.enriched().valueSerde().deserializer());
            return out.readValuesToList().stream().map(EnrichedArticle::articleId).toList();
        }
    }

    private TopologyTestDriver driver(NewsflowConfig config) {
        Properties props = SinkSettings.routerProperties(config, "unused:9092", stateDir);
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "router-test");
        return new TopologyTestDriver(
                TopicRouter.build(config, Topics.withPrefix(config.kafka().topicPrefix())), props);
    }

    private static NewsflowConfig config(List<Route> routes) {
        return NewsflowConfig.defaults().withSink(SinkConfig.defaults().withRoutes(routes));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
