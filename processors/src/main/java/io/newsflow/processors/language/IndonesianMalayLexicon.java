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

    /**
     * The ASCII words of {@link #weights} in an open-addressing table by {@link String#hashCode}:
     * the method reads up to 5,000 chars of every Indonesian or Malay article, and almost no word
     * is a marker, so an ASCII word is looked up without making a string of it.
     */
    private final String[] asciiWords;

    private final double[] asciiWeights;

    IndonesianMalayLexicon(Map<String, Double> weights) {
        this.weights = Map.copyOf(weights);
        int capacity = Integer.highestOneBit(Math.max(weights.size(), 4) * 4 - 1) << 1;
        this.asciiWords = new String[capacity];
        this.asciiWeights = new double[capacity];
        for (var word : this.weights.entrySet()) {
            if (isAscii(word.getKey())) {
                int slot = word.getKey().hashCode() & (capacity - 1);
                while (asciiWords[slot] != null) {
                    slot = (slot + 1) & (capacity - 1);
                }
                asciiWords[slot] = word.getKey();
                asciiWeights[slot] = word.getValue();
            }
        }
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
        int hash = 0; // String.hashCode of the word lower-cased, while it is ASCII
        boolean ascii = true;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : ' ';
            boolean letter = i < n && Character.isLetter(c);
            if (letter) {
                if (start < 0) {
                    start = i;
                    hash = 0;
                    ascii = true;
                }
                ascii &= c < 0x80;
                hash = 31 * hash + RegexChars.lowerAscii(c);
            } else if (start >= 0) {
                String word = ascii ? asciiWord(text, start, i, hash) : otherWord(text, start, i);
                start = -1;
                if (word != null) {
                    if (seen == null) {
                        seen = new HashMap<>();
                    }
                    if (seen.merge(word, 1, Integer::sum) <= MAX_COUNT_PER_WORD) {
                        logOdds += weights.get(word);
                    }
                }
            }
        }
        return logOdds;
    }

    /** The marker that {@code text[start, end)}, all ASCII, is in lower case; else null. */
    private String asciiWord(CharSequence text, int start, int end, int hash) {
        int mask = asciiWords.length - 1;
        for (int slot = hash & mask; asciiWords[slot] != null; slot = (slot + 1) & mask) {
            String word = asciiWords[slot];
            if (word.length() == end - start && equalsLowerAscii(word, text, start)) {
                return word;
            }
        }
        return null;
    }

    /** A word with non-ASCII letters, lower-cased as the lexicon's words were. */
    private String otherWord(CharSequence text, int start, int end) {
        String word = text.subSequence(start, end).toString().toLowerCase(Locale.ROOT);
        return weights.containsKey(word) ? word : null;
    }

    private static boolean equalsLowerAscii(String word, CharSequence text, int start) {
        for (int k = 0; k < word.length(); k++) {
            if (word.charAt(k) != RegexChars.lowerAscii(text.charAt(start + k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAscii(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
