package io.newsflow.processors.language;

import static io.newsflow.processors.language.RegexChars.isLineTerminator;
import static io.newsflow.processors.language.RegexChars.isSpace;
import static io.newsflow.processors.language.RegexChars.lowerAscii;

import java.util.function.IntPredicate;
import opennlp.tools.util.normalizer.CharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;
import opennlp.tools.util.normalizer.UrlCharSequenceNormalizer;

/**
 * The normalizers of OpenNLP's {@code LanguageDetectorFactory} (emoji, URL, Twitter, number,
 * shrink, in its order), with exactly their output at a fraction of the cost: their regular
 * expressions took about a quarter of the language step (JFR profile of {@code ./newsflow bench}).
 *
 * <ul>
 *   <li>Emoji and number are single character classes, replaced here run by run in one pass. The
 *       emoji class is taken as OpenNLP's pattern compiles, not as it reads: its range ends U+DBFF
 *       and U+DC00 stand side by side and pair up into one code point, so it matches '-' and every
 *       code point from U+D83C to U+10FC00 (so OpenNLP turns "negara-negara" into "negara negara";
 *       the model was trained that way, so it stays).
 *   <li>URL and Twitter run OpenNLP's own normalizer, but only when one pass over the text finds
 *       what their patterns need in order to match: a necessary condition, never a sufficient one.
 *       News text seldom holds URLs, hashtags, "RT", emoticons or laughter.
 *   <li>Shrink is needed far more often (a dash spaced out by the emoji class leaves three spaces,
 *       a paragraph break two), so its two patterns are replaced here in two passes, run on every
 *       text (each returns the text itself when it finds nothing). Repeats are compared code point
 *       by code point, as the pattern says; the JDK's case-insensitive back-reference, which
 *       OpenNLP's pattern runs on, compares a repeated surrogate pair with the chars after it and
 *       can throw {@code StringIndexOutOfBoundsException} at the end of the text (found by {@code
 *       LanguageModelNormalizerTest}). After the emoji class only lone high surrogates below U+D83C
 *       and code points above U+10FC00 can reach it.
 * </ul>
 *
 * {@code LanguageModelNormalizerTest} compares the output with OpenNLP's on the seeds, on every
 * single code point, and on 100,000 texts built from the patterns' own pieces.
 */
final class LanguageModelNormalizer {
    private static final CharSequenceNormalizer URL = UrlCharSequenceNormalizer.getInstance();
    private static final CharSequenceNormalizer TWITTER =
            TwitterCharSequenceNormalizer.getInstance();

    private LanguageModelNormalizer() {}

    static String normalize(CharSequence text) {
        String s = spaceOutRuns(text.toString(), LanguageModelNormalizer::isEmojiPatternChar);
        if (mayHoldUrlOrEmail(s)) {
            s = URL.normalize(s).toString();
        }
        if (mayHoldTwitterMarkup(s)) {
            s = TWITTER.normalize(s).toString();
        }
        s = spaceOutRuns(s, LanguageModelNormalizer::isAsciiDigit);
        return shrink(s);
    }

    /**
     * OpenNLP's shrink normalizer: {@code \s{2,} → " "}, then {@code (.)\1{2,} → "$1$1"}
     * (case-insensitive for ASCII letters only, {@code .} stopping at line terminators), then
     * {@code trim()}.
     */
    static String shrink(String s) {
        return keepTwoOfEachRepeat(collapseSpaceRuns(s)).trim();
    }

    /** {@code \s{2,} → " "}. */
    private static String collapseSpaceRuns(String s) {
        int n = s.length();
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < n; ) {
            int j = i;
            while (j < n && isSpace(s.charAt(j))) {
                j++;
            }
            if (j - i >= 2) {
                if (out == null) {
                    out = new StringBuilder(n);
                }
                out.append(s, copied, i).append(' ');
                copied = j;
            }
            i = j == i ? i + 1 : j;
        }
        return out == null ? s : out.append(s, copied, n).toString();
    }

    /** {@code (.)\1{2,} → "$1$1"} under CASE_INSENSITIVE (ASCII letters fold). */
    private static String keepTwoOfEachRepeat(String s) {
        int n = s.length();
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < n; ) {
            int c = s.codePointAt(i);
            int width = Character.charCount(c);
            int j = i + width;
            int repeats = 1;
            if (!isLineTerminator(c)) {
                while (j < n && lowerAscii(s.codePointAt(j)) == lowerAscii(c)) {
                    j += width;
                    repeats++;
                }
            }
            if (repeats >= 3) {
                if (out == null) {
                    out = new StringBuilder(n);
                }
                out.append(s, copied, i).appendCodePoint(c).appendCodePoint(c);
                copied = j;
                i = j;
            } else {
                i += width;
            }
        }
        return out == null ? s : out.append(s, copied, n).toString();
    }

    /** Every maximal run of matching code points becomes one space, as {@code [class]+ → " "}. */
    static String spaceOutRuns(String s, IntPredicate matches) {
        int n = s.length();
        int first = 0;
        while (first < n && !matches.test(s.codePointAt(first))) {
            first += Character.charCount(s.codePointAt(first));
        }
        if (first == n) {
            return s;
        }
        var out = new StringBuilder(n).append(s, 0, first);
        boolean inRun = false;
        for (int i = first; i < n; ) {
            int cp = s.codePointAt(i);
            int width = Character.charCount(cp);
            if (matches.test(cp)) {
                if (!inRun) {
                    out.append(' ');
                    inRun = true;
                }
            } else {
                out.append(s, i, i + width);
                inRun = false;
            }
            i += width;
        }
        return out.toString();
    }

    /** OpenNLP's emoji class, U+D83C to U+DBFF and U+DC00 to U+DFFF, as compiled (see above). */
    static boolean isEmojiPatternChar(int codePoint) {
        return codePoint == '-' || (codePoint >= 0xD83C && codePoint <= 0x10FC00);
    }

    /** {@code \d} without UNICODE_CHARACTER_CLASS. */
    static boolean isAsciiDigit(int codePoint) {
        return codePoint >= '0' && codePoint <= '9';
    }

    /** {@code https?://…} needs "://", the e-mail pattern an '@'. */
    static boolean mayHoldUrlOrEmail(String s) {
        return s.indexOf('@') >= 0 || s.contains("://");
    }

    /**
     * The four patterns, all but the first case-insensitive (ASCII): {@code [#@]\S+}, {@code \b(rt[
     * :])+}, {@code [:;x]-?[()dop]}, {@code ([hj])+([aieou])+(\1+\2+)+}.
     */
    static boolean mayHoldTwitterMarkup(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            int c = lowerAscii(s.charAt(i));
            switch (c) {
                case '#', '@' -> {
                    return true;
                }
                case 'r' -> {
                    if (i + 2 < n
                            && lowerAscii(s.charAt(i + 1)) == 't'
                            && (s.charAt(i + 2) == ' ' || s.charAt(i + 2) == ':')) {
                        return true;
                    }
                }
                case ':', ';', 'x' -> {
                    int j = i + 1 < n && s.charAt(i + 1) == '-' ? i + 2 : i + 1;
                    if (j < n && isFaceMouth(lowerAscii(s.charAt(j)))) {
                        return true;
                    }
                }
                case 'h', 'j' -> {
                    int j = i + 1;
                    while (j < n && isVowel(lowerAscii(s.charAt(j)))) {
                        j++;
                    }
                    if (j > i + 1 && j < n && lowerAscii(s.charAt(j)) == c) {
                        return true;
                    }
                }
                default -> {
                    // no pattern starts here
                }
            }
        }
        return false;
    }

    private static boolean isFaceMouth(int c) {
        return c == '(' || c == ')' || c == 'd' || c == 'o' || c == 'p';
    }

    private static boolean isVowel(int c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }
}
