package io.newsflow.processors.normalize;

import java.text.Normalizer;

/**
 * Cleans one piece of article text: HTML to text, Unicode NFC, control characters removed,
 * whitespace folded (paragraph breaks kept), and the spacing that machine translation puts into
 * hyphenated words repaired ({@code negara -negara} → {@code negara-negara}).
 *
 * <p>After HTML and NFC the cleaning is one pass over the code points: it runs for every field of
 * every article, and the five regular expressions it replaces (two of them with look-behinds tried
 * at every position) were the largest single cost of the whole pipeline in a profile of {@code
 * ./newsflow bench}.
 */
public final class TextNormalizer {
    private static final int ZERO_WIDTH_JOINER = 0x200D;
    private static final int NEXT_LINE = 0x85;
    private static final int LINE_SEPARATOR = 0x2028;
    private static final int PARAGRAPH_SEPARATOR = 0x2029;

    private TextNormalizer() {}

    /** The clean text, or {@code null} when the input is null or nothing but whitespace. */
    public static String normalize(String text) {
        if (text == null) {
            return null;
        }
        String s = HtmlText.looksLikeHtml(text) ? HtmlText.toText(text) : text;
        s = Normalizer.normalize(s, Normalizer.Form.NFC);
        String clean = clean(s);
        return clean.isEmpty() ? null : clean;
    }

    /** Like {@link #normalize} but for one-line fields such as titles: all breaks become spaces. */
    public static String normalizeLine(String text) {
        String s = normalize(text);
        // normalize leaves at most two line breaks in a row and no space beside them.
        return s == null || s.indexOf('\n') < 0 ? s : s.replace("\n\n", "\n").replace('\n', ' ');
    }

    /**
     * Folds horizontal space to one space, drops control and format characters (except the
     * zero-width joiner that some scripts need), keeps line breaks (at most two in a row, no space
     * beside them), trims both ends, and glues a detached hyphen to the word it belongs to.
     */
    private static String clean(String s) {
        var out = new StringBuilder(s.length());
        boolean space = false;
        int breaks = 0;
        int n = s.length();
        for (int i = 0; i < n; ) {
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (cp == '\r' || cp == '\n' || cp == NEXT_LINE || cp == LINE_SEPARATOR) {
                if (!(cp == '\r' && next < n && s.charAt(next) == '\n')) {
                    breaks++;
                }
                space = false;
            } else if (cp == PARAGRAPH_SEPARATOR) {
                breaks += 2;
                space = false;
            } else if (cp == '\t' || cp == 0x0B || cp == '\f' || isSpaceSeparator(cp)) {
                space = breaks == 0;
            } else if (isDropped(cp)) {
                // dropped; a space on either side still counts as one space
            } else {
                if (out.length() > 0) {
                    if (breaks > 0) {
                        out.append(breaks >= 2 ? "\n\n" : "\n");
                    } else if (space && !(cp == '-' && hyphenBelongsToWord(out, s, next))) {
                        out.append(' ');
                    }
                }
                out.appendCodePoint(cp);
                space = false;
                breaks = 0;
            }
            i = next;
        }
        return out.toString();
    }

    /**
     * "negara -negara", "hati -hati": a letter, space, and a hyphen glued to the next letter; and
     * the ordinal "ke -10". A minus before a number ("suhu -5") keeps its space.
     */
    private static boolean hyphenBelongsToWord(StringBuilder before, String s, int afterHyphen) {
        int at = afterHyphen;
        while (at < s.length() && isDropped(s.codePointAt(at))) {
            at += Character.charCount(s.codePointAt(at));
        }
        if (at >= s.length()) {
            return false;
        }
        int after = s.codePointAt(at);
        int last = before.codePointBefore(before.length());
        if (Character.isLetter(after)) {
            return Character.isLetter(last);
        }
        if (after < '0' || after > '9') {
            return false;
        }
        int len = before.length();
        if (len < 2 || before.charAt(len - 1) != 'e') {
            return false;
        }
        char k = before.charAt(len - 2);
        if (k != 'k' && k != 'K') {
            return false;
        }
        return len == 2 || !Character.isLetter(before.codePointBefore(len - 2));
    }

    private static boolean isSpaceSeparator(int cp) {
        return cp == ' ' || (cp > 0x7F && Character.getType(cp) == Character.SPACE_SEPARATOR);
    }

    /** Control and format characters other than breaks, tabs and the zero-width joiner. */
    private static boolean isDropped(int cp) {
        if (cp < 0x20) {
            return cp != '\t' && cp != '\n' && cp != '\r' && cp != 0x0B && cp != '\f';
        }
        if (cp == 0x7F) {
            return true;
        }
        if (cp == NEXT_LINE) {
            return false;
        }
        if (cp < 0x80 || cp == ZERO_WIDTH_JOINER) {
            return false;
        }
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT;
    }
}
