package io.newsflow.processors.language.eval;

/**
 * One text of a dev set with its true language (a newsflow code).
 *
 * @param set where it came from: {@code tatoeba}, {@code wordpress}, {@code udhr}
 * @param length sentence or paragraph
 */
public record LabeledText(String language, String text, String set, Length length) {
    /** Single sentences and paragraph-length text are reported apart. */
    public enum Length {
        SENTENCE,
        PARAGRAPH
    }
}
