package io.newsflow.processors.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.Span;

/**
 * Splits text into sentences of tokens with offsets. Tokens follow OpenNLP's {@link
 * SimpleTokenizer} (a break at every change of character class), close to how the NER training
 * corpus is tokenized; a sentence ends after {@code . ! ? …} or at a line break.
 */
final class Tokens {
    private static final Set<String> SENTENCE_ENDS = Set.of(".", "!", "?", "…");

    private Tokens() {}

    static List<List<Token>> sentences(String text) {
        Span[] spans = SimpleTokenizer.INSTANCE.tokenizePos(text);
        var sentences = new ArrayList<List<Token>>();
        var current = new ArrayList<Token>();
        int previousEnd = 0;
        for (Span span : spans) {
            if (!current.isEmpty() && hasLineBreak(text, previousEnd, span.getStart())) {
                sentences.add(List.copyOf(current));
                current.clear();
            }
            String token = text.substring(span.getStart(), span.getEnd());
            current.add(new Token(token, span.getStart(), span.getEnd()));
            previousEnd = span.getEnd();
            if (SENTENCE_ENDS.contains(token)) {
                sentences.add(List.copyOf(current));
                current.clear();
            }
        }
        if (!current.isEmpty()) {
            sentences.add(List.copyOf(current));
        }
        return sentences;
    }

    private static boolean hasLineBreak(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                return true;
            }
        }
        return false;
    }
}
