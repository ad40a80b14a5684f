package io.newsflow.processors.topics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
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
                    "english", EnglishAnalyzer::new,
                    "german", GermanAnalyzer::new,
                    "french", FrenchAnalyzer::new,
                    "spanish", SpanishAnalyzer::new,
                    // Lucene has no Malay analyzer; Indonesian affix stripping fits Malay too.
                    "indonesian", IndonesianAnalyzer::new,
                    "italian", ItalianAnalyzer::new,
                    "portuguese", PortugueseAnalyzer::new,
                    "dutch", DutchAnalyzer::new,
                    NEUTRAL, Stemmers::neutral);

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

    static List<String> tokens(Analyzer analyzer, String text) {
        var tokens = new ArrayList<String>();
        if (text == null || text.isEmpty()) {
            return tokens;
        }
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            // Analyzing a String never does I/O; this would be a Lucene bug.
            throw new UncheckedIOException(e);
        }
        return tokens;
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
