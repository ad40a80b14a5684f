package io.newsflow.processors.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.model.Entity;
import io.newsflow.model.EntityType;
import io.newsflow.model.RawArticle;
import io.newsflow.seeds.SeedCorpus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The tagger on the five Indonesian seed articles: who and what they are about. */
class SeedEntitiesTest {
    private static EntityTagger tagger;
    private static List<RawArticle> seeds;
    private static List<List<Entity>> tagged;

    @BeforeAll
    static void tagSeeds() {
        tagger = EntityTagger.builtIn();
        seeds = SeedCorpus.builtIn().articles();
        tagged = seeds.stream().map(a -> tagger.tag(a.fullText(), "id")).toList();
    }

    private static List<Entity> all() {
        return tagged.stream().flatMap(List::stream).toList();
    }

    private static Optional<Entity> named(String name) {
        return all().stream().filter(e -> e.name().equals(name)).findFirst();
    }

    private static void assertLinked(String name, EntityType type, String qid) {
        assertThat(named(name))
                .as(name)
                .hasValueSatisfying(
                        e -> {
                            assertThat(e.type()).isEqualTo(type);
                            assertThat(e.wikidataId()).isEqualTo(qid);
                        });
    }

    @Test
    void findsTheMainPeopleLinkedToWikidata() {
        assertLinked("Donald Trump", EntityType.PERSON, "Q22686");
        assertLinked("Vladimir Putin", EntityType.PERSON, "Q7747");
        assertLinked("Volodymyr Zelenskyy", EntityType.PERSON, "Q3874799");
        assertLinked("Emmanuel Macron", EntityType.PERSON, "Q3052772");
        assertLinked("Sergey Lavrov", EntityType.PERSON, "Q58217");
        assertLinked("Marco Rubio", EntityType.PERSON, "Q324546");
        assertLinked("Mark Rutte", EntityType.PERSON, "Q57792");
        assertLinked("Xi Jinping", EntityType.PERSON, "Q15031");
    }

    @Test
    void findsPeopleWhoseIdsAreNotVerifiedAsPersonsWithoutId() {
        for (String name :
                List.of("Keir Starmer", "Friedrich Merz", "Dmitry Peskov", "Steve Witkoff")) {
            assertLinked(name, EntityType.PERSON, null);
        }
    }

    @Test
    void discoversPeopleTheDictionaryLacksAfterTitles() {
        // "Laksamana Tony Radakin", "juru bicara Departemen Luar Negeri AS Tammy Bruce"
        assertLinked("Tony Radakin", EntityType.PERSON, null);
        assertLinked("Tammy Bruce", EntityType.PERSON, null);
        assertLinked("Karoline Leavitt", EntityType.PERSON, null);
    }

    @Test
    void findsThePlaces() {
        assertLinked("Ukraine", EntityType.LOCATION, "Q212");
        assertLinked("Russia", EntityType.LOCATION, "Q159");
        assertLinked("Kyiv", EntityType.LOCATION, "Q1899");
        assertLinked("Moscow", EntityType.LOCATION, "Q649");
        assertLinked("Alaska", EntityType.LOCATION, "Q797");
        assertLinked("Geneva", EntityType.LOCATION, "Q71");
        assertLinked("Paris", EntityType.LOCATION, "Q90");
        assertLinked("Washington, D.C.", EntityType.LOCATION, "Q61");
        assertLinked("United States", EntityType.LOCATION, "Q30");
        assertThat(named("Russia").orElseThrow().subtype()).isEqualTo("COUNTRY");
        assertThat(named("Kyiv").orElseThrow().subtype()).isEqualTo("CITY");
    }

    @Test
    void findsTheOrganisations() {
        assertLinked("North Atlantic Treaty Organisation", EntityType.ORGANIZATION, "Q7184");
        assertLinked("United Nations", EntityType.ORGANIZATION, "Q1065");
        assertLinked("White House", EntityType.ORGANIZATION, "Q35525");
        assertLinked("Agence France-Presse", EntityType.ORGANIZATION, "Q40464");
        assertLinked("BBC", EntityType.ORGANIZATION, "Q9531");
        assertLinked("Reuters", EntityType.ORGANIZATION, "Q130879");
        assertLinked("European Union", EntityType.ORGANIZATION, "Q458");
        assertLinked("Kremlin", EntityType.ORGANIZATION, null);
    }

    @Test
    void findsNothingAbsurd() {
        var absurd = List.of("Pada", "Namun", "KTT", "Dalam", "Barat", "Senin", "Presiden");
        assertThat(all()).noneMatch(e -> absurd.contains(e.name()));
        assertThat(all())
                .filteredOn(e -> e.type() == EntityType.PERSON)
                .allSatisfy(e -> assertThat(e.name()).doesNotContain("KTT").matches("\\p{Lu}.*"));
    }

    @Test
    void mergesMentionsOfOnePersonAndCountsThem() {
        Entity trump =
                tagged.get(0).stream()
                        .filter(e -> "Q22686".equals(e.wikidataId()))
                        .findFirst()
                        .orElseThrow();
        assertThat(trump.mentions())
                .extracting(Entity.Mention::text)
                .contains("Donald Trump", "Trump");
        assertThat(trump.count()).isEqualTo(trump.mentions().size()).isGreaterThan(5);
        assertThat(tagged.get(0)).filteredOn(e -> "Q22686".equals(e.wikidataId())).hasSize(1);
    }

    @Test
    void presidentOfRussiaVladimirPutinIsAMentionOfPutinNotOfRussia() {
        String text = seeds.get(0).fullText();
        int at = text.indexOf("Presiden Rusia Vladimir Putin");
        int putinAt = at + "Presiden Rusia ".length();
        Entity putin = entityWithMentionAt(tagged.get(0), putinAt);
        assertThat(putin.wikidataId()).isEqualTo("Q7747");
        assertThat(putin.mentions())
                .anySatisfy(
                        m -> {
                            assertThat(m.start()).isEqualTo(putinAt);
                            assertThat(m.text()).isEqualTo("Vladimir Putin");
                        });
        Entity russia = entityWithMentionAt(tagged.get(0), at + "Presiden ".length());
        assertThat(russia.wikidataId()).isEqualTo("Q159");
        assertThat(russia.mentions()).noneMatch(m -> m.text().contains("Putin"));
    }

    private static Entity entityWithMentionAt(List<Entity> entities, int start) {
        return entities.stream()
                .filter(e -> e.mentions().stream().anyMatch(m -> m.start() == start))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no mention at " + start));
    }

    @Test
    void mentionOffsetsPointIntoTheTaggedText() {
        for (int i = 0; i < seeds.size(); i++) {
            String text = seeds.get(i).fullText();
            for (Entity e : tagged.get(i)) {
                for (Entity.Mention m : e.mentions()) {
                    assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
                }
            }
        }
    }

    @Test
    void ordersEntitiesByFirstMentionAndIsDeterministic() {
        for (int i = 0; i < seeds.size(); i++) {
            List<Entity> entities = tagged.get(i);
            var firsts = entities.stream().map(e -> e.mentions().get(0).start()).toList();
            assertThat(firsts).isSorted();
            assertThat(tagger.tag(seeds.get(i).fullText(), "id")).isEqualTo(entities);
        }
    }

    @Test
    void givesTheSameResultsFromManyThreads() throws Exception {
        var pool = Executors.newFixedThreadPool(4);
        try {
            var futures = new ArrayList<Future<List<Entity>>>();
            for (int round = 0; round < 4; round++) {
                for (RawArticle a : seeds) {
                    Callable<List<Entity>> task = () -> tagger.tag(a.fullText(), "id");
                    futures.add(pool.submit(task));
                }
            }
            for (int k = 0; k < futures.size(); k++) {
                assertThat(futures.get(k).get()).isEqualTo(tagged.get(k % seeds.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
