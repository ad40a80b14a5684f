package io.newsflow.processors.entities;

import java.util.Locale;

/**
 * A token of the tagged text with its character offsets ({@code end} exclusive) and its text
 * lower-cased once ({@code lower}): the rules and filters look every token up in lower-case sets,
 * several times each.
 */
record Token(String text, int start, int end, String lower) {

    static Token of(String text, int start, int end) {
        return new Token(text, start, end, text.toLowerCase(Locale.ROOT));
    }

    boolean isCapitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    boolean isAllCaps() {
        boolean letters = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters;
    }
}
