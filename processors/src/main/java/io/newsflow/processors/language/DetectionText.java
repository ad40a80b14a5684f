package io.newsflow.processors.language;

import io.newsflow.model.RawArticle;
import java.util.regex.Pattern;

/**
 * The text the detector reads: title, summary and content without URLs and e-mail addresses
 * (they are not in any language and would only add Latin-script noise), cut at a word boundary
 * after {@code maxChars} characters so a long article costs no more than a short one.
 *
 * @param text what the detector sees
 * @param letters how many letters it holds: the measure of evidence for {@code und}
 */
public record DetectionText(String text, int letters) {
    private static final Pattern NOT_LANGUAGE =
            Pattern.compile("(?:https?://|www\\.)\\S+|\\S+@\\S+\\.\\S+");

    public static DetectionText of(RawArticle article, int maxChars) {
        return of(article.fullText(), maxChars);
    }

    public static DetectionText of(String raw, int maxChars) {
        if (raw == null || raw.isBlank()) {
            return new DetectionText("", 0);
        }
        // Cut before cleaning so a huge article costs no more than maxChars of regex work.
        String text = cut(raw, maxChars * 2);
        if (text.indexOf("://") >= 0 || text.indexOf('@') >= 0 || text.contains("www.")) {
            text = NOT_LANGUAGE.matcher(text).replaceAll(" ");
        }
        text = cut(text.strip(), maxChars);
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                letters++;
            }
        }
        return new DetectionText(text, letters);
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
