package io.newsflow.processors.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.model.RawArticle;
import io.newsflow.seeds.SeedCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The gazetteer's trie finds every alias occurrence a plain {@code indexOf} search over every alias
 * finds: {@link Gazetteer#match} equals whole-word, longest-first matching over the brute force's
 * occurrences, on the seeds, the idner dev set and texts stitched from aliases (overlaps, prefixes
 * and suffixes of each other, ambiguous aliases). Texts have no ALL-CAPS lines, whose handling
 * {@link GazetteerTest} covers.
 */
class GazetteerTrieTest {
    private record Alias(String text, GazetteerEntry entry) {}

    private static String tsv;
    private static Gazetteer gazetteer;
    private static List<Alias> aliases;

    @BeforeAll
    static void load() {
        tsv = EntityResources.text(EntityResources.GAZETTEER_ID);
        gazetteer = Gazetteer.parse(tsv);
        aliases = aliasesOf(tsv);
    }

    /** The aliases as the TSV lists them, read without {@link Gazetteer#parse}'s trie. */
    private static List<Alias> aliasesOf(String tsv) {
        var all = new ArrayList<Alias>();
        for (String line : tsv.split("\n")) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            GazetteerEntry entry = Gazetteer.entryOf(f);
            for (String alias : f[4].split("\\|")) {
                String text = alias.startsWith("=") ? alias.substring(1) : alias;
                if (!text.isEmpty()) {
                    all.add(new Alias(text, entry));
                }
            }
        }
        return all;
    }

    private static List<Candidate> bruteForce(String text) {
        var found = new ArrayList<Candidate>();
        for (Alias alias : aliases) {
            for (int at = text.indexOf(alias.text());
                    at >= 0;
                    at = text.indexOf(alias.text(), at + 1)) {
                int end = at + alias.text().length();
                if (isWholeWord(text, at, end)) {
                    found.add(Candidate.linked(at, end, alias.entry()));
                }
            }
        }
        return Gazetteer.longestFirst(found);
    }

    private static boolean isWholeWord(String text, int start, int end) {
        return (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
                && (end >= text.length() || !Character.isLetterOrDigit(text.charAt(end)));
    }

    private static void assertSameAsBruteForce(String text) {
        assertThat(gazetteer.match(text)).as(text).isEqualTo(bruteForce(text));
    }

    /** A line {@link Gazetteer} reads as a shouted headline (no lower case, 8+ capitals). */
    private static boolean hasCapsLine(String text) {
        for (String line : text.split("\n", -1)) {
            if (line.chars().noneMatch(Character::isLowerCase)
                    && line.chars().filter(Character::isUpperCase).count() >= 8) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theShippedGazetteerHasAliases() {
        assertThat(aliases).hasSizeGreaterThan(5_000);
        assertThat(gazetteer.aliasCount()).isEqualTo(aliases.size());
    }

    @Test
    void findsWhatBruteForceFindsOnTheSeeds() {
        int matches = 0;
        for (RawArticle seed : SeedCorpus.builtIn().articles()) {
            String text = seed.fullText();
            assertThat(hasCapsLine(text)).isFalse();
            assertSameAsBruteForce(text);
            matches += gazetteer.match(text).size();
        }
        assertThat(matches).isGreaterThan(50);
    }

    @Test
    void findsWhatBruteForceFindsOnTheIdnerDevSet() throws IOException {
        Path dev = DevSetScoreTest.devSet();
        var sentence = new StringBuilder();
        int sentences = 0;
        for (String line : Files.readAllLines(dev)) {
            if (line.isBlank()) {
                if (sentence.length() > 0 && !hasCapsLine(sentence.toString())) {
                    assertSameAsBruteForce(sentence.toString());
                    sentences++;
                }
                sentence.setLength(0);
            } else {
                sentence.append(sentence.length() == 0 ? "" : " ").append(line.split(" ")[0]);
            }
        }
        assertThat(sentences).isGreaterThan(100);
    }

    @Test
    void findsWhatBruteForceFindsInTextsStitchedFromAliases() {
        var random = new Random(20261203);
        String[] joins = {" ", " dan ", ", ", "-", "", " (", ") ", ".\n", "'s "};
        for (int t = 0; t < 300; t++) {
            var text = new StringBuilder("kata");
            for (int i = 0; i < 12; i++) {
                String alias = aliases.get(random.nextInt(aliases.size())).text();
                // cut some aliases so prefixes and suffixes of keys appear too
                if (random.nextInt(4) == 0 && alias.length() > 3) {
                    int cut = 1 + random.nextInt(alias.length() - 2);
                    alias = random.nextBoolean() ? alias.substring(0, cut) : alias.substring(cut);
                }
                text.append(joins[random.nextInt(joins.length)]).append(alias);
            }
            if (!hasCapsLine(text.toString())) {
                assertSameAsBruteForce(text.toString());
            }
        }
    }
}
