package io.newsflow.processors.normalize;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Cleans one piece of article text: HTML to text, Unicode NFC, control characters removed,
 * whitespace folded (paragraph breaks kept), and the spacing that machine translation puts into
 * hyphenated words repaired ({@code negara -negara} → {@code negara-negara}).
 */
public final class TextNormalizer {
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\n\\t\\u200d]]");
    private static final Pattern HORIZONTAL_SPACE = Pattern.compile("[\\t\\x0B\\f\\r\\p{Zs}]+");
    private static final Pattern SPACE_AROUND_NEWLINE = Pattern.compile(" *\\n *");
    private static final Pattern MANY_NEWLINES = Pattern.compile("\\n{3,}");

    /**
     * "negara -negara", "hati -hati", "ke -10": a word, one space, a hyphen glued to the next word.
     * A minus before a number ("suhu -5") is left alone except after the ordinal "ke".
     */
    private static final Pattern DETACHED_HYPHEN =
            Pattern.compile(
                    "(?<=\\p{L})[ \\u00a0]+-(?=\\p{L})|(?<=(?:^|[^\\p{L}])[Kk]e)[ \\u00a0]+-(?=\\d)");

    private TextNormalizer() {}

    /** The clean text, or {@code null} when the input is null or nothing but whitespace. */
    public static String normalize(String text) {
        if (text == null) {
            return null;
        }
        String s = HtmlText.looksLikeHtml(text) ? HtmlText.toText(text) : text;
        s = Normalizer.normalize(s, Normalizer.Form.NFC);
        s = s.replace("\r\n", "\n").replace('\r', '\n');
        s = CONTROL.matcher(s).replaceAll("");
        s = HORIZONTAL_SPACE.matcher(s).replaceAll(" ");
        s = SPACE_AROUND_NEWLINE.matcher(s).replaceAll("\n");
        s = MANY_NEWLINES.matcher(s).replaceAll("\n\n");
        s = DETACHED_HYPHEN.matcher(s).replaceAll("-");
        s = s.strip();
        return s.isEmpty() ? null : s;
    }

    /** Like {@link #normalize} but for one-line fields such as titles: all breaks become spaces. */
    public static String normalizeLine(String text) {
        String s = normalize(text);
        return s == null ? null : s.replaceAll("\\s*\\n+\\s*", " ");
    }
}
