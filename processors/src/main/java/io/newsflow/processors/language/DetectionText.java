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

    private static final Pattern NOT_LANGUAGE =
            Pattern.compile("(?:https?://|www\\.)\\S+|\\S+@\\S+\\.\\S+");

    public static DetectionText of(RawArticle article, int maxChars) {
        return of(article.fullText(), maxChars);
    }

    public static DetectionText of(String raw, int maxChars) {
        if (raw == null || raw.isBlank()) {
            return new DetectionText("", 0, "");
        }
        // Cut before cleaning so a huge article costs no more than a few pages of regex work.
        String wider = cut(raw, Math.max(maxChars, WIDER_CHARS) + maxChars);
        if (wider.indexOf("://") >= 0 || wider.indexOf('@') >= 0 || wider.contains("www.")) {
            wider = NOT_LANGUAGE.matcher(wider).replaceAll(" ");
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
