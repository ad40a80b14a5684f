package io.newsflow.processors.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.config.NewsflowConfig;
import io.newsflow.kafka.Topics;
import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.Entity;
import io.newsflow.model.RawArticle;
import io.newsflow.processors.Enrichers;
import io.newsflow.processors.EnrichmentStep;
import io.newsflow.processors.EnrichmentTopology;
import io.newsflow.processors.StreamsSettings;
import io.newsflow.processors.normalize.ArticleNormalizer;
import io.newsflow.seeds.SeedCorpus;
import java.nio.file.Path;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entity step inside the enrichment topology, run by {@link TopologyTestDriver}. */
class EntityTopologyTest {
    @TempDir Path stateDir;

    @Test
    void enrichedSeedRecordsCarryLinkedEntities() {
        NewsflowConfig config = NewsflowConfig.defaults();
        var enrichers =
                new Enrichers(
                        new ArticleNormalizer(),
                        EnrichmentStep.none("detect-language"),
                        EntityStep.builtIn(),
                        EnrichmentStep.none("tag-topics"));
        try (var driver =
                new TopologyTestDriver(
                        EnrichmentTopology.build(config, Topics.DEFAULT, enrichers),
                        StreamsSettings.properties(
                                config, "dummy:9092", "entity-topology-test", stateDir))) {
            var raw =
                    driver.createInputTopic(
                            Topics.DEFAULT.raw().name(),
                            Serdes.String().serializer(),
                            Serdes.ByteArray().serializer());
            var enriched =
                    driver.createOutputTopic(
                            Topics.DEFAULT.enriched().name(),
                            Serdes.String().deserializer(),
                            Topics.DEFAULT.enriched().valueSerde().deserializer());
            for (RawArticle seed : SeedCorpus.builtIn().articles()) {
                raw.pipeInput(
                        seed.articleId(),
                        Topics.DEFAULT.raw().valueSerde().serializer().serialize("raw", seed));
            }

            var out = enriched.readValuesToList();

            assertThat(out).hasSize(5);
            assertThat(out)
                    .allSatisfy(
                            a -> {
                                assertThat(a.versions()).containsKey("entities");
                                assertThat(a.entities())
                                        .extracting(Entity::wikidataId)
                                        .contains("Q7747", "Q212"); // Putin, Ukraine
                                String text = a.article().fullText();
                                a.entities().stream()
                                        .flatMap(e -> e.mentions().stream())
                                        .forEach(
                                                m ->
                                                        assertThat(
                                                                        text.substring(
                                                                                m.start(), m.end()))
                                                                .isEqualTo(m.text()));
                            });
            EnrichedArticle first = out.get(0);
            assertThat(first.entities().get(0).name()).isEqualTo("Donald Trump");
        }
    }
}
