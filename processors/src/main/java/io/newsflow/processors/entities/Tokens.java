package io.newsflow.processors.entities;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.Span;

/**
 * Splits text into sentences of tokens with offsets. Tokens follow OpenNLP's {@link
 * SimpleTokenizer} (a break at every change of character class), except that words joined by a
 * hyphen or an apostrophe and runs of letters and digits stay one token ({@code PDI-P}, {@code
 * Al-Qaeda}, {@code El-Shara}, {@code Undang-undang}, {@code Moody's}, {@code UKP4}), as in the NER
 * training corpus: split, their halves look like names of their own ("Undang", "Partai" from
 * "Partai-partai"); and initials before a name keep their period ({@code W.} of "George W. Bush").
 * A sentence ends after {@code . ! ? …} or at a line break, but not at the period of an initial or
 * of an abbreviated title before a name ("Dr. Terawan").
 */
final class Tokens {
    /** Abbreviated titles whose period ends no sentence before a name ("Dr. Terawan …"). */
    private static final Set<String> ABBREVIATIONS =
            Set.of("dr", "drs", "dra", "ir", "prof", "hj", "mr", "mrs", "ms", "st", "jl");

    private Tokens() {}

    static List<List<Token>> sentences(String text) {
        Span[] spans = SimpleTokenizer.INSTANCE.tokenizePos(text);
        // one list of all tokens, and the sentences as views on it: no copy per sentence
        var tokens = new ArrayList<Token>(spans.length);
        var sentenceStarts = new ArrayList<Integer>();
        int sentenceStart = 0;
        int previousEnd = 0;
        int s = 0;
        while (s < spans.length) {
            int start = spans[s].getStart();
            int end = spans[s].getEnd();
            s++;
            while (s < spans.length) {
                if (isWordChar(text, end - 1) && spans[s].getStart() == end) {
                    if (isWordChar(text, end)) {
                        end = spans[s++].getEnd(); // "UKP" + "4"
                        continue;
                    }
                    if (isJoiner(text.charAt(end))
                            && s + 1 < spans.length
                            && spans[s + 1].getStart() == end + 1
                            && isWordChar(text, end + 1)) {
                        end = spans[s + 1].getEnd(); // "PDI" + "-" + "P"
                        s += 2;
                        continue;
                    }
                }
                break;
            }
            int initials = initialsEnd(text, start, end);
            if (initials > end) {
                end = initials; // "W." of "George W. Bush", "B.J." of "B.J. Habibie"
                while (s < spans.length && spans[s].getStart() < end) {
                    s++;
                }
            }
            if (tokens.size() > sentenceStart && hasLineBreak(text, previousEnd, start)) {
                sentenceStarts.add(sentenceStart);
                sentenceStart = tokens.size();
            }
            tokens.add(Token.of(text.substring(start, end), start, end));
            previousEnd = end;
            if (end - start == 1
                    && isSentenceEnd(text.charAt(start))
                    && !(text.charAt(start) == '.'
                            && afterAbbreviation(tokens)
                            && nameFollows(text, end))) {
                sentenceStarts.add(sentenceStart);
                sentenceStart = tokens.size();
            }
        }
        if (tokens.size() > sentenceStart) {
            sentenceStarts.add(sentenceStart);
        }
        List<Token> all = Collections.unmodifiableList(tokens);
        var sentences = new ArrayList<List<Token>>(sentenceStarts.size());
        for (int i = 0; i < sentenceStarts.size(); i++) {
            int to = i + 1 < sentenceStarts.size() ? sentenceStarts.get(i + 1) : all.size();
            sentences.add(all.subList(sentenceStarts.get(i), to));
        }
        return sentences;
    }

    /**
     * The end of a run of initials ("W.", "B.J.") that starts at the one-letter token [start, end)
     * and is followed by a capitalised word, or {@code end}: such a period ends no sentence.
     */
    private static int initialsEnd(String text, int start, int end) {
        int i = start;
        while (i + 1 < text.length()
                && Character.isUpperCase(text.charAt(i))
                && text.charAt(i + 1) == '.'
                && (i == start || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
            i += 2;
        }
        boolean initials = end - start == 1 && i > start && nameFollows(text, i);
        return initials ? i : end;
    }

    /** Whether the token before the last one is a title abbreviation ("Dr", "Prof", "Ir"). */
    private static boolean afterAbbreviation(List<Token> tokens) {
        return tokens.size() >= 2 && ABBREVIATIONS.contains(tokens.get(tokens.size() - 2).lower());
    }

    /** Whether a capitalised word follows {@code from} after spaces (and at least one space). */
    private static boolean nameFollows(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i < text.length()
                && (i > from || Character.isLetter(text.charAt(i)))
                && Character.isUpperCase(text.charAt(i));
    }

    private static boolean isSentenceEnd(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    private static boolean isWordChar(String text, int i) {
        return i >= 0 && i < text.length() && Character.isLetterOrDigit(text.charAt(i));
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '\'' || c == '’';
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
