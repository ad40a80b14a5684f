package io.newsflow.processors.topics;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.config.NewsflowConfig;
import io.newsflow.kafka.JsonSerde;
import io.newsflow.kafka.Topics;
import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.RawArticle;
import io.newsflow.model.TopicTag;
import io.newsflow.processors.Enrichers;
import io.newsflow.processors.EnrichmentTopology;
import io.newsflow.seeds.SeedCorpus;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopicTopologyTest {

    @Test
    void enrichedRecordsCarryTopics(@TempDir Path stateDir) {
        NewsflowConfig config = NewsflowConfig.defaults();
        var topology = EnrichmentTopology.build(config, Topics.DEFAULT, Enrichers.standard(config));
        var props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "topics-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);

        try (var driver = new TopologyTestDriver(topology, props)) {
            TestInputTopic<String, byte[]> raw =
                    driver.createInputTopic(
                            Topics.DEFAULT.raw().name(),
                            new StringSerializer(),
                            new ByteArraySerializer());
            TestOutputTopic<String, EnrichedArticle> enriched =
                    driver.createOutputTopic(
                            Topics.DEFAULT.enriched().name(),
                            new StringDeserializer(),
                            new JsonSerde<>(EnrichedArticle.class).deserializer());
            var rawSerde = new JsonSerde<>(RawArticle.class);

            List<RawArticle> seeds = SeedCorpus.builtIn().articles();
            for (RawArticle seed : seeds) {
                raw.pipeInput(seed.articleId(), rawSerde.serializer().serialize("raw", seed));
            }

            List<EnrichedArticle> out = enriched.readValuesToList();
            assertThat(out).hasSize(seeds.size());
            for (EnrichedArticle article : out) {
                assertThat(article.topics())
                        .extracting(TopicTag::code)
                        .contains("medtop:16000000", "medtop:11000000");
                assertThat(article.versions()).containsKey(TopicStep.VERSION_KEY);
            }
        }
    }
}
