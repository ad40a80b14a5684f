package io.newsflow.processors.language;

/**
 * Character classes as {@code java.util.regex} reads them without UNICODE_CHARACTER_CLASS or
 * UNICODE_CASE: for the scans in this package that replace a pattern and must agree with it to the
 * char.
 */
final class RegexChars {
    private RegexChars() {}

    /** {@code \s}. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** What {@code .} does not match without DOTALL. */
    static boolean isLineTerminator(int c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** CASE_INSENSITIVE folding: ASCII letters only. */
    static int lowerAscii(int c) {
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    }
}
