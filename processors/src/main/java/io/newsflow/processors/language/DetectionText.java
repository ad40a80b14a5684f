package io.newsflow.processors.language;

import io.newsflow.model.RawArticle;
import java.util.regex.Pattern;

/**
 * The text the detector reads: title, summary and content without URLs and e-mail addresses (they
 * are not in any language and would only add Latin-script noise), cut at a word boundary after
 * {@code maxChars} characters so a long article costs no more than a short one.
 *
 * @param text what the character model sees, at most {@code maxChars}
 * @param letters how many letters {@code text} holds: the measure of evidence for {@code und}
 * @param wider up to {@link #WIDER_CHARS} characters of the same text, for word-level evidence that
 *     is cheap to collect over a whole article
 */
public record DetectionText(String text, int letters, String wider) {
    /** How much text word-level evidence (the Indonesian/Malay lexicon) may read. */
    public static final int WIDER_CHARS = 5000;

    /**
     * What {@link #withoutUrlsAndEmails} removes, as a pattern: the definition its tests compare
     * with.
     */
    static final Pattern NOT_LANGUAGE =
            Pattern.compile("(?:https?://|www\\.)\\S+|\\S+@\\S+\\.\\S+");

    public static DetectionText of(RawArticle article, int maxChars) {
        return of(article.fullText(), maxChars);
    }

    public static DetectionText of(String raw, int maxChars) {
        if (raw == null || raw.isBlank()) {
            return new DetectionText("", 0, "");
        }
        // Cut before cleaning so a huge article costs no more than a few pages of scanning.
        String wider = cut(raw, Math.max(maxChars, WIDER_CHARS) + maxChars);
        if (wider.indexOf("://") >= 0 || wider.indexOf('@') >= 0 || wider.contains("www.")) {
            wider = withoutUrlsAndEmails(wider);
        }
        wider = wider.strip();
        String text = cut(wider, maxChars);
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                letters++;
            }
        }
        return new DetectionText(text, letters, cut(wider, Math.max(maxChars, WIDER_CHARS)));
    }

    /**
     * {@code NOT_LANGUAGE.matcher(text).replaceAll(" ")} in one pass. Java's regex tries {@code
     * \S+@} at every position of a word and backtracks through the rest of it, quadratic in the
     * word's length and two thirds of this method's time in a profile of {@code ./newsflow bench}.
     * Both alternatives match within one run of non-space chars and, being greedy, to its end: a
     * run holding an '@' with a char before it, and a '.' after it with a char on each side, goes
     * from its start; otherwise the run goes from its first "http://", "https://" or "www." that
     * has a char after it.
     */
    static String withoutUrlsAndEmails(String text) {
        int n = text.length();
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        while (i < n) {
            if (RegexChars.isSpace(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < n && !RegexChars.isSpace(text.charAt(end))) {
                end++;
            }
            int from = isEmailLike(text, i, end) ? i : urlStart(text, i, end);
            if (from >= 0) {
                if (out == null) {
                    out = new StringBuilder(n);
                }
                out.append(text, copied, from).append(' ');
                copied = end;
            }
            i = end;
        }
        return out == null ? text : out.append(text, copied, n).toString();
    }

    /** {@code \S+@\S+\.\S+} within the run [start, end), from its start. */
    private static boolean isEmailLike(String text, int start, int end) {
        int at = start + 1;
        while (at < end && text.charAt(at) != '@') {
            at++;
        }
        int dot = end - 2;
        while (dot >= at + 2 && text.charAt(dot) != '.') {
            dot--;
        }
        return dot >= at + 2;
    }

    /** The first {@code (?:https?://|www\.)\S+} in the run, or -1. */
    private static int urlStart(String text, int start, int end) {
        for (int p = start; p < end; p++) {
            int after =
                    text.startsWith("http://", p)
                            ? p + 7
                            : text.startsWith("https://", p)
                                    ? p + 8
                                    : text.startsWith("www.", p) ? p + 4 : -1;
            if (after >= 0 && after < end) {
                return p;
            }
        }
        return -1;
    }

    private static String cut(String text, int maxChars) {
        if (text.length() <= maxChars) {
            return text;
        }
        int end = maxChars;
        // Back off to a space, but not so far that little text is left (CJK has no spaces).
        int space = text.lastIndexOf(' ', end);
        if (space > maxChars * 3 / 4) {
            end = space;
        } else if (Character.isLowSurrogate(text.charAt(end))) {
            end--;
        }
        return text.substring(0, end);
    }
}
