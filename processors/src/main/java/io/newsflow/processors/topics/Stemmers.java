package io.newsflow.processors.topics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Turns text into the stemmed, stop-word-free tokens rules are matched on, with the Lucene analyzer
 * named in the rules manifest. Rule terms go through the same analyzer as article text, so a rule
 * written as "soldiers" matches "soldier" and over-eager stems (Indonesian "pemilu" → "ilu") agree
 * on both sides. Lucene analyzers are thread-safe; one instance serves every stream thread.
 */
final class Stemmers {
    /** The analyzer for languages without rules: no stemming, lower case, accents folded. */
    static final String NEUTRAL = "neutral";

    private static final Map<String, Supplier<Analyzer>> BY_NAME =
            Map.of(
                    "english",
                    EnglishAnalyzer::new,
                    "german",
                    GermanAnalyzer::new,
                    "french",
                    FrenchAnalyzer::new,
                    "spanish",
                    SpanishAnalyzer::new,
                    // Lucene has no Malay analyzer; Indonesian affix stripping fits Malay too.
                    "indonesian",
                    IndonesianAnalyzer::new,
                    "italian",
                    ItalianAnalyzer::new,
                    "portuguese",
                    PortugueseAnalyzer::new,
                    "dutch",
                    DutchAnalyzer::new,
                    NEUTRAL,
                    Stemmers::neutral);

    private Stemmers() {}

    static boolean exists(String name) {
        return BY_NAME.containsKey(name.toLowerCase(Locale.ROOT));
    }

    static Analyzer named(String name) {
        Supplier<Analyzer> analyzer = BY_NAME.get(name.toLowerCase(Locale.ROOT));
        if (analyzer == null) {
            throw new IllegalArgumentException(
                    "unknown analyzer '" + name + "'; known: " + BY_NAME.keySet());
        }
        return analyzer.get();
    }

    /**
     * Analyzed text: the stemmed terms, and for each a position that skips one step at every
     * sentence or clause break, so terms on either side of a full stop never look adjacent.
     */
    record Tokens(List<String> terms, int[] positions) {
        static final Tokens EMPTY = new Tokens(List.of(), new int[0]);

        int size() {
            return terms.size();
        }

        /** The position just after the last term. */
        int end() {
            return positions.length == 0 ? 0 : positions[positions.length - 1] + 1;
        }
    }

    static List<String> tokens(Analyzer analyzer, String text) {
        return analyze(analyzer, text, null).terms();
    }

    /**
     * Analyzes text. With a {@code vocabulary} (every token any rule uses), a term outside it is
     * kept as {@code null} — it can match no rule, and skipping its String saves most of the
     * allocation on long articles; terms inside it are the vocabulary's own instances.
     */
    static Tokens analyze(Analyzer analyzer, String text, CharArrayMap<String> vocabulary) {
        if (text == null || text.isEmpty()) {
            return Tokens.EMPTY;
        }
        var terms = new ArrayList<String>();
        var positions = new int[16];
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            int position = -1;
            int previousEnd = 0;
            while (stream.incrementToken()) {
                position += breaksBetween(text, previousEnd, offset.startOffset()) ? 2 : 1;
                previousEnd = offset.endOffset();
                if (terms.size() == positions.length) {
                    positions = Arrays.copyOf(positions, positions.length * 2);
                }
                positions[terms.size()] = position;
                terms.add(
                        vocabulary == null
                                ? term.toString()
                                : vocabulary.get(term.buffer(), 0, term.length()));
            }
            stream.end();
        } catch (IOException e) {
            // Analyzing a String never does I/O; this would be a Lucene bug.
            throw new UncheckedIOException(e);
        }
        return new Tokens(terms, Arrays.copyOf(positions, terms.size()));
    }

    private static boolean breaksBetween(String text, int from, int to) {
        for (int i = Math.max(0, from); i < to && i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '.', '!', '?', ';', ':', '\n', '(', ')', '"', '\u201c', '\u201d' -> {
                    return true;
                }
                default -> {}
            }
        }
        return false;
    }

    private static Analyzer neutral() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream result = new ASCIIFoldingFilter(new LowerCaseFilter(source));
                return new TokenStreamComponents(source, result);
            }
        };
    }
}
