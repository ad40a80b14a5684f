package io.newsflow.processors;

import io.newsflow.model.RawArticle;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether a raw record can be enriched at all. Records that fail go to the dead-letter
 * topic with every reason listed, so a producer's bug is found in one look.
 */
public final class ArticleValidator {
    /** Larger bodies are almost always a scraper grabbing a whole page or a binary file. */
    static final int MAX_TEXT_CHARS = 1_000_000;

    static final int MAX_ID_CHARS = 256;

    private ArticleValidator() {}

    public static List<String> problems(String key, RawArticle article) {
        var problems = new ArrayList<String>();
        if (article.articleId().isBlank() || article.articleId().length() > MAX_ID_CHARS) {
            problems.add("articleId must be 1–" + MAX_ID_CHARS + " characters");
        }
        if (key == null) {
            problems.add("record has no key (the key must be the articleId)");
        } else if (!key.equals(article.articleId())) {
            problems.add(
                    "key '"
                            + abbreviate(key)
                            + "' differs from articleId '"
                            + abbreviate(article.articleId())
                            + "'");
        }
        if (article.feedId().isBlank()) {
            problems.add("feedId is blank");
        }
        if (isBlank(article.title()) && isBlank(article.summary()) && isBlank(article.content())) {
            problems.add("no text: title, summary and content are all empty");
        }
        long chars =
                length(article.title()) + length(article.summary()) + length(article.content());
        if (chars > MAX_TEXT_CHARS) {
            problems.add("text is " + chars + " characters, more than " + MAX_TEXT_CHARS);
        }
        return problems;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static long length(String s) {
        return s == null ? 0 : s.length();
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 80) + "…";
    }
}
