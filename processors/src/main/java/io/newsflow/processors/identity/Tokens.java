package io.newsflow.processors.identity;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * Splits text into word tokens without knowing its language: NFKC, lower case, a token is a run of
 * letters, digits and combining marks. Scripts written without spaces (Han, kana, Thai, Lao, Khmer,
 * Myanmar) yield one token per character, so shingles over them act as character n-grams. Tokens
 * are kept as 64-bit hashes; the text itself is never stored.
 */
final class Tokens {
    private Tokens() {}

    /** The token hashes of {@code text}; empty for null or text without words. */
    static long[] of(String text) {
        if (text == null || text.isEmpty()) {
            return new long[0];
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        long[] out = new long[Math.max(8, s.length() / 5)];
        int n = 0;
        long h = Hashes.fnvStart();
        boolean inToken = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (!isWordPart(cp)) {
                if (inToken) {
                    out = grow(out, n);
                    out[n++] = Hashes.mix(h);
                    inToken = false;
                }
                continue;
            }
            if (isUnspacedScript(cp)) {
                if (inToken) {
                    out = grow(out, n);
                    out[n++] = Hashes.mix(h);
                    inToken = false;
                }
                out = grow(out, n);
                out[n++] = Hashes.mix(Hashes.fnvAdd(Hashes.fnvStart(), cp));
                continue;
            }
            if (!inToken) {
                h = Hashes.fnvStart();
                inToken = true;
            }
            h = Hashes.fnvAdd(h, cp);
        }
        if (inToken) {
            out = grow(out, n);
            out[n++] = Hashes.mix(h);
        }
        return Arrays.copyOf(out, n);
    }

    private static long[] grow(long[] a, int n) {
        return n < a.length ? a : Arrays.copyOf(a, a.length * 2);
    }

    private static boolean isWordPart(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isUnspacedScript(int cp) {
        if (cp < 0x0E00) {
            return false; // fast path: Latin, Cyrillic, Greek, Arabic, Hebrew, Indic scripts
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return switch (script) {
            case HAN, HIRAGANA, KATAKANA, THAI, LAO, KHMER, MYANMAR -> true;
            default -> false;
        };
    }
}
