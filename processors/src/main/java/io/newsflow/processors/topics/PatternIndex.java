package io.newsflow.processors.topics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;

/**
 * The compiled rules of one language: every term as its sequence of stemmed tokens, indexed by the
 * first token so matching an article costs one map lookup per token. Immutable once built.
 */
final class PatternIndex {

    /** A term's stemmed tokens and the topics it is evidence for, with their weights. */
    record Pattern(int id, String[] tokens, String[] topics, double[] weights) {}

    private final Analyzer analyzer;
    private final Map<String, Pattern[]> byFirstToken;
    private final CharArrayMap<String> vocabulary;
    private final int size;

    private PatternIndex(
            Analyzer analyzer,
            Map<String, Pattern[]> byFirstToken,
            CharArrayMap<String> vocabulary,
            int size) {
        this.analyzer = analyzer;
        this.byFirstToken = byFirstToken;
        this.vocabulary = vocabulary;
        this.size = size;
    }

    /** The text's tokens as this index needs them: terms no rule uses are {@code null}. */
    Stemmers.Tokens analyze(String text) {
        return Stemmers.analyze(analyzer, text, vocabulary);
    }

    /** How many distinct token sequences the index holds. */
    int size() {
        return size;
    }

    /**
     * Compiles rules with the analyzer. A term listed twice for one topic keeps its highest weight;
     * a term that analyzes to nothing (only stop words) is an error in the rules.
     */
    static PatternIndex compile(Analyzer analyzer, List<RuleFile.Rule> rules) {
        var topicsBySequence = new LinkedHashMap<List<String>, LinkedHashMap<String, Double>>();
        for (RuleFile.Rule rule : rules) {
            List<String> tokens = Stemmers.tokens(analyzer, rule.term());
            if (tokens.isEmpty()) {
                throw new IllegalArgumentException(
                        rule.where()
                                + ": '"
                                + rule.term()
                                + "' has only stop words for this language's analyzer");
            }
            topicsBySequence
                    .computeIfAbsent(List.copyOf(tokens), t -> new LinkedHashMap<>())
                    .merge(rule.topic(), rule.weight(), Math::max);
        }
        var grouped = new HashMap<String, List<Pattern>>();
        int id = 0;
        for (var entry : topicsBySequence.entrySet()) {
            String[] topics = entry.getValue().keySet().toArray(String[]::new);
            double[] weights = entry.getValue().values().stream().mapToDouble(d -> d).toArray();
            var pattern = new Pattern(id++, entry.getKey().toArray(String[]::new), topics, weights);
            grouped.computeIfAbsent(pattern.tokens()[0], t -> new ArrayList<>()).add(pattern);
        }
        var vocabulary = new CharArrayMap<String>(topicsBySequence.size() * 2, false);
        for (List<String> sequence : topicsBySequence.keySet()) {
            for (String token : sequence) {
                vocabulary.putIfAbsent(token, token);
            }
        }
        var index = new HashMap<String, Pattern[]>();
        grouped.forEach(
                (first, patterns) -> {
                    // Longest first, so "menteri luar negeri" wins over "menteri".
                    patterns.sort(
                            Comparator.comparingInt((Pattern p) -> -p.tokens().length)
                                    .thenComparingInt(Pattern::id));
                    index.put(first, patterns.toArray(Pattern[]::new));
                });
        return new PatternIndex(
                analyzer, Map.copyOf(index), CharArrayMap.unmodifiableMap(vocabulary), id);
    }

    /**
     * Records the patterns found in the tokens, each occurrence counting {@code times}; positions
     * are offset by {@code offset} so title and body hits never look adjacent. At each position the
     * longest pattern wins and its tokens are not matched again.
     */
    void match(Stemmers.Tokens analyzed, int offset, int times, Evidence evidence) {
        List<String> tokens = analyzed.terms();
        int[] positions = analyzed.positions();
        int i = 0;
        int n = tokens.size();
        while (i < n) {
            String token = tokens.get(i);
            Pattern[] candidates = token == null ? null : byFirstToken.get(token);
            int advance = 1;
            if (candidates != null) {
                for (Pattern p : candidates) {
                    if (matchesAt(p.tokens(), tokens, positions, i)) {
                        evidence.count(
                                p,
                                offset + positions[i],
                                offset + positions[i + p.tokens().length - 1] + 1,
                                times);
                        advance = p.tokens().length;
                        break;
                    }
                }
            }
            i += advance;
        }
    }

    /** Whether the pattern's tokens follow each other from {@code at}, within one sentence. */
    private static boolean matchesAt(
            String[] pattern, List<String> tokens, int[] positions, int at) {
        if (at + pattern.length > tokens.size()) {
            return false;
        }
        for (int k = 1; k < pattern.length; k++) {
            if (positions[at + k] != positions[at] + k || !pattern[k].equals(tokens.get(at + k))) {
                return false;
            }
        }
        return true;
    }
}
