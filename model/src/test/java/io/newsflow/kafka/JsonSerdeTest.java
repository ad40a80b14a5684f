package io.newsflow.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.Entity;
import io.newsflow.model.EntityType;
import io.newsflow.model.Identity;
import io.newsflow.model.IdentityStatus;
import io.newsflow.model.Language;
import io.newsflow.model.RawArticle;
import io.newsflow.model.TopicTag;
import io.newsflow.testing.SampleArticles;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class JsonSerdeTest {
    private final JsonSerde<RawArticle> rawSerde = new JsonSerde<>(RawArticle.class);
    private final JsonSerde<EnrichedArticle> enrichedSerde = new JsonSerde<>(EnrichedArticle.class);

    @Test
    void rawArticleRoundTripsWithIsoInstantsAndLowerCaseOrigin() throws Exception {
        RawArticle article = SampleArticles.indonesian();

        byte[] bytes = rawSerde.serialize("t", article);
        JsonNode json = Json.mapper().readTree(bytes);

        assertThat(rawSerde.deserialize("t", bytes)).isEqualTo(article);
        assertThat(json.get("publishedAt").asText()).isEqualTo("2025-08-15T10:00:00Z");
        assertThat(json.get("origin").asText()).isEqualTo("feed");
        assertThat(json.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(json.has("updatedAt")).as("absent values are omitted, not null").isFalse();
    }

    @Test
    void enrichedArticleKeepsRawFieldsAtTopLevelAndOmitsStepsThatDidNotRun() throws Exception {
        EnrichedArticle spine =
                EnrichedArticle.of(SampleArticles.indonesian()).withVersion("pipeline", "0.1.0");

        JsonNode json = Json.mapper().readTree(enrichedSerde.serialize("t", spine));

        assertThat(json.get("title").asText()).isEqualTo("Trump dan Putin bertemu di Alaska");
        assertThat(json.has("article")).isFalse();
        assertThat(json.has("language")).isFalse();
        assertThat(json.has("identity")).isFalse();
        assertThat(json.get("versions").get("pipeline").asText()).isEqualTo("0.1.0");
        assertThat(enrichedSerde.deserialize("t", enrichedSerde.serialize("t", spine)))
                .isEqualTo(spine);
    }

    @Test
    void fullyEnrichedArticleRoundTrips() {
        EnrichedArticle full =
                EnrichedArticle.of(SampleArticles.indonesian())
                        .withIdentity(
                                new Identity(
                                        "s1",
                                        1,
                                        "f",
                                        "00ff",
                                        IdentityStatus.NEW,
                                        null,
                                        null,
                                        "new",
                                        List.of()))
                        .withLanguage(
                                new Language(
                                        "id",
                                        0.97,
                                        List.of(new Language.LanguageScore("ms", 0.02))))
                        .withTopics(
                                List.of(
                                        new TopicTag(
                                                "medtop:16000000", "conflict, war and peace", 0.9)))
                        .withEntities(
                                List.of(
                                        new Entity(
                                                "Vladimir Putin",
                                                EntityType.PERSON,
                                                null,
                                                "Q7747",
                                                List.of(new Entity.Mention("Putin", 10, 15)),
                                                1)));

        assertThat(enrichedSerde.deserialize("t", enrichedSerde.serialize("t", full)))
                .isEqualTo(full);
    }

    @Test
    void sameRecordAlwaysGivesSameBytes() {
        EnrichedArticle a =
                EnrichedArticle.of(SampleArticles.indonesian())
                        .withVersion("b", "2")
                        .withVersion("a", "1");
        EnrichedArticle b =
                EnrichedArticle.of(SampleArticles.indonesian())
                        .withVersion("a", "1")
                        .withVersion("b", "2");

        assertThat(enrichedSerde.serialize("t", a)).isEqualTo(enrichedSerde.serialize("t", b));
    }

    @Test
    void garbageFailsWithSerializationExceptionNamingTheType() {
        byte[] garbage = "{not json".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> rawSerde.deserialize("news.articles.raw", garbage))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("RawArticle")
                .hasMessageContaining("news.articles.raw");
    }

    @Test
    void aParseErrorSaysWhereWithoutJacksonsRedactedSourceOrANullTopic() {
        // dead letters read "… JSON record on null: … [Source: REDACTED (…) …]"
        byte[] garbage = "{\"title\":\n  oops}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> rawSerde.deserialize(null, garbage))
                .isInstanceOf(SerializationException.class)
                .hasMessageStartingWith(
                        "not a valid RawArticle JSON record: Unrecognized token 'oops'")
                .hasMessageContaining("(line 2, column")
                .hasMessageNotContaining("on null")
                .hasMessageNotContaining("REDACTED");
    }

    @Test
    void recordWithoutRequiredIdIsRejected() {
        byte[] noId = "{\"feedId\":\"f\",\"title\":\"x\"}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> rawSerde.deserialize("t", noId))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("articleId");
    }

    @Test
    void prefixedTopicsKeepSerdes() {
        Topics staging = Topics.withPrefix("staging.");

        assertThat(staging.enriched().name()).isEqualTo("staging.news.articles.enriched");
        assertThat(staging.feeds().compacted()).isTrue();
        assertThat(staging.raw().compacted()).isFalse();
    }
}
