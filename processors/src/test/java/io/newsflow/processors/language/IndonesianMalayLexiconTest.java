package io.newsflow.processors.language;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.seeds.SeedCorpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link IndonesianMalayLexicon#malayLogOdds} looks ASCII words up without making strings of them;
 * these tests hold it to the plain definition: every maximal run of {@code Character.isLetter}
 * chars, lower-cased with {@code Locale.ROOT}, looked up in the word list, each word counted at
 * most twice.
 */
class IndonesianMalayLexiconTest {

    @Test
    void scoresTheSeedsAsThePlainDefinitionDoes() {
        var lexicon = IndonesianMalayLexicon.load();
        var weights = markers();
        for (var article : SeedCorpus.builtIn().articles()) {
            String text = article.fullText();
            assertThat(lexicon.malayLogOdds(text)).isEqualTo(plainLogOdds(text, weights));
            assertThat(lexicon.malayLogOdds(text.toUpperCase(Locale.ROOT)))
                    .isEqualTo(plainLogOdds(text.toUpperCase(Locale.ROOT), weights));
        }
    }

    @Test
    void agreesWithThePlainDefinitionOnCaseFoldingAndNonAsciiWords() {
        // ASCII words, non-ASCII words, and the one non-ASCII letter whose lower case is ASCII
        // (Kelvin sign -> k): a word with it is looked up like "kami"
        var weights = new HashMap<String, Double>();
        weights.put("kami", 1.0);
        weights.put("karena", -2.0);
        weights.put("straße", 4.0);
        weights.put("é", 8.0);
        weights.put("i\u0307stanbul", 16.0); // what Locale.ROOT makes of "İstanbul"
        var lexicon = new IndonesianMalayLexicon(weights);
        String[] pieces = {
            "kami",
            "KAMI",
            "Kami",
            "\u212Aami",
            "karena",
            "KarenA",
            "kamis",
            "akami",
            "straße",
            "STRAßE",
            "Straße",
            "é",
            "É",
            "İstanbul",
            "istanbul",
            " ",
            "  ",
            ",",
            "-",
            "1",
            "\n",
            "\ud835\udc00",
            "ǅ",
            "ß",
            "K",
            "a",
            "mi",
            "ka"
        };
        for (String text : PieceTexts.of(pieces, 50_000, 12, 2, 17)) {
            assertThat(lexicon.malayLogOdds(text))
                    .as("%s", text)
                    .isEqualTo(plainLogOdds(text, weights));
        }
        assertThat(lexicon.malayLogOdds("\u212Aami KAMI kami")).isEqualTo(2.0);
        assertThat(lexicon.malayLogOdds("İstanbul STRAßE")).isEqualTo(20.0);
    }

    /** The shipped word list: word, id|ms, weight (Malay positive). */
    private static Map<String, Double> markers() {
        var weights = new HashMap<String, Double>();
        try (var in =
                IndonesianMalayLexicon.class.getResourceAsStream(IndonesianMalayLexicon.RESOURCE)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                double weight = Double.parseDouble(cols[2]);
                weights.put(
                        cols[0].toLowerCase(Locale.ROOT), cols[1].equals("ms") ? weight : -weight);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(weights).hasSizeGreaterThan(20);
        return weights;
    }

    private static double plainLogOdds(String text, Map<String, Double> weights) {
        var seen = new HashMap<String, Integer>();
        double logOdds = 0;
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && Character.isLetter(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                String word = text.substring(start, i).toLowerCase(Locale.ROOT);
                start = -1;
                Double weight = weights.get(word);
                if (weight != null && seen.merge(word, 1, Integer::sum) <= 2) {
                    logOdds += weight;
                }
            }
        }
        return logOdds;
    }
}
