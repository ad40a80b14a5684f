package io.newsflow.processors.entities;

import io.newsflow.model.EntityType;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Keeps discovered names plausible: trims stop words ({@code name-stopwords.txt}: "Pada", "Namun",
 * days, months …) from both ends of a span and rejects what cannot be a name (nothing left, no
 * capital, a person written in capitals over several words or by a title rule (a shouted headline),
 * a lone "Barat", words glued together by a broken layout).
 */
final class NameFilter {
    private static final Pattern GLUED_WORDS = Pattern.compile("\\p{Ll}{3}\\p{Lu}");

    private final Set<String> stopwords;
    private final Set<String> neverAlone;

    /** {@code words}: stop words, and words marked {@code ~} that are no name on their own. */
    NameFilter(Set<String> words) {
        this.stopwords =
                words.stream()
                        .filter(w -> !w.startsWith("~"))
                        .map(w -> w.toLowerCase(Locale.ROOT))
                        .collect(Collectors.toUnmodifiableSet());
        this.neverAlone =
                words.stream()
                        .filter(w -> w.startsWith("~"))
                        .map(w -> w.substring(1).toLowerCase(Locale.ROOT))
                        .collect(Collectors.toUnmodifiableSet());
    }

    static NameFilter builtIn() {
        return new NameFilter(
                EntityResources.text(EntityResources.STOPWORDS_ID)
                        .lines()
                        .map(String::trim)
                        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                        .collect(Collectors.toSet()));
    }

    boolean isStopword(String word) {
        return stopwords.contains(word.toLowerCase(Locale.ROOT));
    }

    boolean isStopword(Token token) {
        return stopwords.contains(token.lower());
    }

    /** The candidate trimmed to a plausible name, or empty when none is left. */
    Optional<Candidate> clean(Candidate c, String text) {
        int start = c.start();
        int end = c.end();
        while (start < end) {
            int wordEnd = wordEnd(text, start, end);
            if (!isStopword(text.substring(start, wordEnd)) && isNameChar(text.charAt(start))) {
                break;
            }
            start = skipSpace(text, wordEnd, end);
        }
        while (end > start) {
            int wordStart = wordStart(text, start, end);
            String word = text.substring(wordStart, end);
            if (!isStopword(word) && Character.isLetterOrDigit(text.charAt(end - 1))) {
                break;
            }
            end = trimSpaceBack(text, start, wordStart);
        }
        end = balanced(text, start, end);
        if (end - start < 2 || !Character.isUpperCase(text.charAt(start))) {
            return Optional.empty();
        }
        String name = text.substring(start, end);
        if (c.type() == EntityType.PERSON
                && name.equals(name.toUpperCase(Locale.ROOT))
                && !isInitialism(name, c)) {
            return Optional.empty();
        }
        if (neverAlone.contains(name.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        if (GLUED_WORDS.matcher(name).find()) {
            return Optional.empty(); // "VladivostokVladimir": a caption glued to text, no name
        }
        return Optional.of(new Candidate(start, end, c.type(), c.entry(), c.source()));
    }

    /**
     * The end of the span with its parentheses balanced: "PT Pertamina (Persero)" keeps the closing
     * parenthesis that trimming took (the corpus the name finder learnt from writes names so), and
     * an opening one left unclosed is cut off with what follows it ("Badan Usaha (BUMN" → "Badan
     * Usaha").
     */
    private static int balanced(String text, int start, int end) {
        int open = -1;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '(' && open < 0) {
                open = i;
            } else if (c == ')' && open >= 0) {
                open = -1;
            }
        }
        if (open < 0) {
            return end;
        }
        if (end < text.length() && text.charAt(end) == ')') {
            return end + 1;
        }
        return trimSpaceBack(text, start, open);
    }

    /**
     * Whether a person written in capitals is a single word the name finder found: Indonesian news
     * calls some people by their initials ("SBY", "JK"), and the model learnt them from context.
     * Capitals from the title rules, or over several words, are a shouted headline, not a name.
     */
    private static boolean isInitialism(String name, Candidate c) {
        return c.source() == Candidate.Source.NAME_FINDER && name.indexOf(' ') < 0;
    }

    private static boolean isNameChar(char c) {
        return Character.isLetter(c);
    }

    /** End of the word (letters, digits, and joiners inside it) starting at {@code from}. */
    private static int wordEnd(String text, int from, int limit) {
        int i = from;
        if (i < limit && !Character.isLetterOrDigit(text.charAt(i))) {
            return i + 1;
        }
        while (i < limit && Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int wordStart(String text, int limit, int to) {
        int i = to;
        if (i > limit && !Character.isLetterOrDigit(text.charAt(i - 1))) {
            return i - 1;
        }
        while (i > limit && Character.isLetterOrDigit(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int skipSpace(String text, int from, int limit) {
        int i = from;
        while (i < limit && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int trimSpaceBack(String text, int limit, int to) {
        int i = to;
        while (i > limit && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }
}
