package io.newsflow.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.Entity;
import io.newsflow.model.EntityType;
import io.newsflow.model.Identity;
import io.newsflow.model.IdentityEvent;
import io.newsflow.model.IdentityStatus;
import io.newsflow.model.Language;
import io.newsflow.model.RawArticle;
import io.newsflow.model.TopicTag;
import io.newsflow.testing.SampleArticles;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The published JSON Schemas must describe what newsflow really writes, field for field. */
class JsonSchemaTest {
    private static final JsonSchemaFactory FACTORY =
            JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    @Test
    void rawArticleAsSerializedConformsToItsSchema() throws Exception {
        JsonNode json =
                Json.mapper()
                        .readTree(
                                new JsonSerde<>(RawArticle.class)
                                        .serialize("t", SampleArticles.indonesian()));

        assertThat(schema("raw-article").validate(json)).isEmpty();
    }

    @Test
    void fullyEnrichedArticleConformsToItsSchema() throws Exception {
        JsonNode json =
                Json.mapper()
                        .readTree(
                                new JsonSerde<>(EnrichedArticle.class)
                                        .serialize("t", fullyEnriched()));

        assertThat(json.get("entities").get(1).has("wikidataId"))
                .as("unlinked names carry an explicit null")
                .isTrue();
        assertThat(schema("enriched-article").validate(json)).isEmpty();
    }

    @Test
    void schemasRejectFieldsTheyDoNotDescribe() throws Exception {
        ObjectNode json =
                (ObjectNode)
                        Json.mapper()
                                .readTree(
                                        new JsonSerde<>(EnrichedArticle.class)
                                                .serialize("t", fullyEnriched()));
        json.put("sentiment", 0.3);
        ((ObjectNode) json.get("language")).put("script", "Latn");

        assertThat(schema("enriched-article").validate(json)).hasSize(2);
    }

    @Test
    void identityEventsConformToTheirSchema() throws Exception {
        var syndicated =
                new IdentityEvent(
                        0,
                        "a2",
                        "kompas",
                        "https://kompas.example/a2",
                        new Identity(
                                "a1",
                                1,
                                "ab12",
                                "00ff00ff00ff00ff",
                                IdentityStatus.SYNDICATED_COPY,
                                "a1",
                                0.91,
                                "simhash",
                                List.of()),
                        Instant.parse("2025-08-15T10:05:00Z"));
        var bare =
                new IdentityEvent(
                        0,
                        "a3",
                        null,
                        null,
                        new Identity(
                                "a3", 1, null, null, IdentityStatus.NEW, null, null, null, null),
                        null);

        for (var event : List.of(syndicated, bare)) {
            JsonNode json =
                    Json.mapper()
                            .readTree(new JsonSerde<>(IdentityEvent.class).serialize("t", event));
            assertThat(schema("identity-event").validate(json)).as(json.toString()).isEmpty();
        }
        ObjectNode withoutKey =
                (ObjectNode)
                        Json.mapper()
                                .readTree(
                                        new JsonSerde<>(IdentityEvent.class)
                                                .serialize("t", syndicated));
        withoutKey.remove("articleId");
        assertThat(schema("identity-event").validate(withoutKey)).hasSize(1);
    }

    @Test
    void theIdentityPartIsDescribedAlikeInBothSchemas() throws Exception {
        // written out in both so each file stands alone for consumers; they must not drift apart
        assertThat(schemaJson("identity-event").get("properties").get("identity"))
                .isEqualTo(schemaJson("enriched-article").get("properties").get("identity"));
    }

    private static EnrichedArticle fullyEnriched() {
        return EnrichedArticle.of(SampleArticles.indonesian())
                .withIdentity(
                        new Identity(
                                "s1",
                                2,
                                "ab12",
                                "00ff00ff00ff00ff",
                                IdentityStatus.UPDATED,
                                null,
                                null,
                                "canonical-url",
                                List.of("title")))
                .withLanguage(
                        new Language("id", 0.97, List.of(new Language.LanguageScore("ms", 0.02))))
                .withTopics(
                        List.of(new TopicTag("medtop:16000000", "conflict, war and peace", 0.9)))
                .withEntities(
                        List.of(
                                new Entity(
                                        "Vladimir Putin",
                                        EntityType.PERSON,
                                        null,
                                        "Q7747",
                                        List.of(new Entity.Mention("Putin", 10, 15)),
                                        1),
                                new Entity(
                                        "Anton Sidorov",
                                        EntityType.PERSON,
                                        null,
                                        null,
                                        List.of(new Entity.Mention("Anton Sidorov", 40, 53)),
                                        1)))
                .withVersion("pipeline", "0.1.0");
    }

    private static JsonNode schemaJson(String name) throws Exception {
        try (InputStream in =
                JsonSchemaTest.class.getResourceAsStream("/schemas/" + name + ".schema.json")) {
            return Json.mapper().readTree(in);
        }
    }

    private static JsonSchema schema(String name) throws Exception {
        try (InputStream in =
                JsonSchemaTest.class.getResourceAsStream("/schemas/" + name + ".schema.json")) {
            return FACTORY.getSchema(in);
        }
    }
}
