package io.newsflow.processors.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Words that tell Indonesian from Malay: spellings only one standard uses ({@code karena}/{@code
 * kerana}, {@code persen}/{@code peratus}, {@code universitas}/{@code universiti}, month and day
 * names) and words one of them prefers. The character model cannot separate the two on short text;
 * a handful of these words can. Immutable and thread-safe.
 */
public final class IndonesianMalayLexicon {
    static final String RESOURCE = "/io/newsflow/processors/language/id-ms-markers.tsv";

    /** A word repeated many times (a name, a refrain) counts at most this often. */
    private static final int MAX_COUNT_PER_WORD = 2;

    /** Evidence per word in nats: positive points to Malay, negative to Indonesian. */
    private final Map<String, Double> weights;

    IndonesianMalayLexicon(Map<String, Double> weights) {
        this.weights = Map.copyOf(weights);
    }

    public static IndonesianMalayLexicon load() {
        try (InputStream in = IndonesianMalayLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            var weights = new HashMap<String, Double>();
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int lineNo = 0;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != 3 || !(cols[1].equals("id") || cols[1].equals("ms"))) {
                    throw new IllegalStateException(
                            RESOURCE + ":" + lineNo + ": expected word<TAB>id|ms<TAB>weight");
                }
                double weight = Double.parseDouble(cols[2]);
                weights.put(
                        cols[0].toLowerCase(Locale.ROOT), cols[1].equals("ms") ? weight : -weight);
            }
            return new IndonesianMalayLexicon(weights);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * The lexical evidence as log-odds of Malay over Indonesian: 0 when no marker occurs, positive
     * for Malay, negative for Indonesian.
     */
    public double malayLogOdds(CharSequence text) {
        Map<String, Integer> seen = null;
        double logOdds = 0.0;
        int n = text.length();
        int start = -1;
        for (int i = 0; i <= n; i++) {
            boolean letter = i < n && Character.isLetter(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                String word = text.subSequence(start, i).toString().toLowerCase(Locale.ROOT);
                start = -1;
                Double weight = weights.get(word);
                if (weight != null) {
                    if (seen == null) {
                        seen = new HashMap<>();
                    }
                    if (seen.merge(word, 1, Integer::sum) <= MAX_COUNT_PER_WORD) {
                        logOdds += weight;
                    }
                }
            }
        }
        return logOdds;
    }
}
