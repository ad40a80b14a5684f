package io.newsflow.processors.language;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.config.LanguageConfig;
import io.newsflow.config.NewsflowConfig;
import io.newsflow.kafka.Topics;
import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.RawArticle;
import io.newsflow.processors.Enrichers;
import io.newsflow.processors.EnrichmentStep;
import io.newsflow.processors.EnrichmentTopology;
import io.newsflow.processors.StreamsSettings;
import io.newsflow.processors.normalize.ArticleNormalizer;
import io.newsflow.seeds.SeedCorpus;
import java.nio.file.Path;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The language step inside the enrichment topology, run by {@link TopologyTestDriver}. */
class LanguageTopologyTest {
    private static final Topics TOPICS = Topics.DEFAULT;
    private static LanguageStep step;

    @TempDir Path stateDir;

    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> raw;
    private TestOutputTopic<String, EnrichedArticle> enriched;

    @BeforeAll
    static void loadOnce() {
        step = LanguageStep.load(LanguageConfig.defaults());
    }

    @BeforeEach
    void start() {
        NewsflowConfig config = NewsflowConfig.defaults();
        var enrichers =
                new Enrichers(
                        new ArticleNormalizer(),
                        step,
                        EnrichmentStep.none("tag-entities"),
                        EnrichmentStep.none("tag-topics"));
        driver =
                new TopologyTestDriver(
                        EnrichmentTopology.build(config, TOPICS, enrichers),
                        StreamsSettings.properties(
                                config, "dummy:9092", "language-test", stateDir));
        raw =
                driver.createInputTopic(
                        TOPICS.raw().name(),
                        Serdes.String().serializer(),
                        Serdes.ByteArray().serializer());
        enriched =
                driver.createOutputTopic(
                        TOPICS.enriched().name(),
                        Serdes.String().deserializer(),
                        TOPICS.enriched().valueSerde().deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void enrichedSeedsCarryIndonesianWithTheDetectorVersion() {
        for (RawArticle seed : SeedCorpus.builtIn().articles()) {
            raw.pipeInput(seed.articleId(), json(seed));
        }

        var out = enriched.readValuesToList();

        assertThat(out).hasSize(5);
        assertThat(out)
                .allSatisfy(
                        article -> {
                            assertThat(article.language().code()).isEqualTo("id");
                            assertThat(article.language().confidence()).isGreaterThan(0.9);
                            assertThat(article.versions())
                                    .containsEntry("language", LanguageDetector.VERSION);
                        });
    }

    @Test
    void feedDeclaringEnglishStillGetsTheLanguageOfItsText() {
        RawArticle seed = SeedCorpus.builtIn().articles().get(1);
        RawArticle mislabeled =
                RawArticle.builder()
                        .feedId("english-feed")
                        .url("https://example.com/news/1")
                        .title(seed.title())
                        .content(seed.content())
                        .languageHint("en-US")
                        .build();

        raw.pipeInput(mislabeled.articleId(), json(mislabeled));

        assertThat(enriched.readValue().language().code()).isEqualTo("id");
    }

    @Test
    void articleWithoutTextIsUndeterminedNotDropped() {
        RawArticle numbers =
                RawArticle.builder()
                        .feedId("scores")
                        .url("https://example.com/scores/1")
                        .title("3 - 1")
                        .languageHint("en")
                        .build();

        raw.pipeInput(numbers.articleId(), json(numbers));

        EnrichedArticle out = enriched.readValue();
        assertThat(out.language().code()).isEqualTo("und");
        assertThat(out.language().isKnown()).isFalse();
    }

    private static byte[] json(RawArticle article) {
        return TOPICS.raw().valueSerde().serializer().serialize(TOPICS.raw().name(), article);
    }
}
