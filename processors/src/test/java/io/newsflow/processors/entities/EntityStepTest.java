package io.newsflow.processors.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.Entity;
import io.newsflow.model.EntityType;
import io.newsflow.model.Language;
import io.newsflow.model.RawArticle;
import io.newsflow.seeds.SeedCorpus;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EntityStepTest {
    private static EntityStep step;

    @BeforeAll
    static void load() {
        step = EntityStep.builtIn();
    }

    private static RawArticle article(String title, String content, String languageHint) {
        return RawArticle.builder()
                .feedId("test")
                .guid(title)
                .title(title)
                .content(content)
                .languageHint(languageHint)
                .build();
    }

    @Test
    void isNamedTagEntitiesAndRecordsItsVersions() {
        EnrichedArticle out =
                step.apply(EnrichedArticle.of(SeedCorpus.builtIn().articles().get(0)));

        assertThat(step.name()).isEqualTo("tag-entities");
        assertThat(out.versions().get("entities")).matches("gaz-\\w+\\+ner-id-\\w+\\+rules-\\w+");
        assertThat(out.entities()).isNotEmpty();
    }

    @Test
    void offsetsPointIntoFullTextOfTheArticle() {
        RawArticle raw = article("Putin bertemu Trump", "Pertemuan di Alaska.", "id");
        EnrichedArticle out = step.apply(EnrichedArticle.of(raw));

        String text = raw.fullText();
        assertThat(text).isEqualTo("Putin bertemu Trump\n\nPertemuan di Alaska.");
        assertThat(out.entities())
                .extracting(Entity::name)
                .containsExactly("Vladimir Putin", "Donald Trump", "Alaska");
        for (Entity e : out.entities()) {
            for (Entity.Mention m : e.mentions()) {
                assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
            }
        }
        assertThat(out.entities().get(2).mentions().get(0).start())
                .isEqualTo(text.indexOf("Alaska"));
    }

    @Test
    void usesDetectedLanguageBeforeTheFeedHint() {
        RawArticle raw = article("t", "x", "id");
        assertThat(EntityStep.languageOf(EnrichedArticle.of(raw))).isEqualTo("id");
        assertThat(
                        EntityStep.languageOf(
                                EnrichedArticle.of(raw)
                                        .withLanguage(new Language("en", 0.9, List.of()))))
                .isEqualTo("en");
        assertThat(EntityStep.languageOf(EnrichedArticle.of(article("t", "x", null)))).isNull();
        assertThat(
                        EntityStep.languageOf(
                                EnrichedArticle.of(article("t", "x", "id-ID"))
                                        .withLanguage(Language.UNKNOWN)))
                .isEqualTo("id");
    }

    @Test
    void findsPeopleAfterEnglishTitlesWithoutTheIndonesianModel() {
        RawArticle raw =
                article(
                        "Talks in Geneva",
                        "Admiral Tony Radakin met Foreign Minister Sergei Lavrov as US envoy Steve"
                                + " Witkoff arrived in Geneva.",
                        "en");
        List<Entity> entities = step.apply(EnrichedArticle.of(raw)).entities();

        assertThat(entities)
                .filteredOn(e -> e.type() == EntityType.PERSON)
                .extracting(Entity::name, Entity::wikidataId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Tony Radakin", null),
                        org.assertj.core.groups.Tuple.tuple("Sergey Lavrov", "Q58217"),
                        org.assertj.core.groups.Tuple.tuple("Steve Witkoff", null));
        assertThat(entities).extracting(Entity::wikidataId).contains("Q30", "Q71");
        assertThat(entities)
                .noneMatch(e -> e.mentions().stream().anyMatch(m -> m.text().equals("as")));
    }

    @Test
    void withoutTheNameFinderStillLinksDictionaryEntities() {
        EntityTagger dictionaryOnly = EntityTagger.builtIn().withoutNameFinder();
        String text = SeedCorpus.builtIn().articles().get(1).fullText();

        List<Entity> entities = dictionaryOnly.tag(text, "id");

        assertThat(dictionaryOnly.version()).contains("+no-ner+");
        assertThat(entities).extracting(Entity::wikidataId).contains("Q7747", "Q22686", "Q9531");
        assertThat(entities).noneMatch(e -> e.name().equals("Steve Rosenberg")); // name finder's
    }

    @Test
    void unlinkedNamesCarryAnExplicitNullIdOnTheWire() {
        RawArticle raw =
                article("Laksamana Tony Radakin tiba di Moskow", "Ia bertemu Putin.", "id");
        EnrichedArticle out = step.apply(EnrichedArticle.of(raw));

        String json =
                new String(
                        io.newsflow.kafka.Topics.DEFAULT
                                .enriched()
                                .valueSerde()
                                .serializer()
                                .serialize("t", out),
                        java.nio.charset.StandardCharsets.UTF_8);

        assertThat(json)
                .contains("{\"name\":\"Tony Radakin\",\"type\":\"PERSON\",\"wikidataId\":null,")
                .contains("\"wikidataId\":\"Q649\"");
    }

    @Test
    void articleWithoutTextHasNoEntities() {
        RawArticle raw = RawArticle.builder().feedId("f").guid("g").build();
        assertThat(step.apply(EnrichedArticle.of(raw)).entities()).isEmpty();
    }
}
