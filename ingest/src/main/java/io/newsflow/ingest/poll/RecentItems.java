package io.newsflow.ingest.poll;

import io.newsflow.model.ArticleIds;
import io.newsflow.model.RawArticle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The bounded memory of items a feed already published. An item's key is its article id plus a
 * short fingerprint of its text, so an item the publisher edits is published again as a revision
 * (the identity step links it) while an unchanged one never is.
 */
final class RecentItems {
    /** Keys of the current fetch are all kept even past the bound, up to this many. */
    static final int MAX_CURRENT = 5000;

    private RecentItems() {}

    static String key(RawArticle article) {
        String text =
                String.valueOf(article.title())
                        + '\u0000'
                        + article.summary()
                        + '\u0000'
                        + article.content();
        return article.articleId().substring(0, Math.min(16, article.articleId().length()))
                + ':'
                + ArticleIds.hash(text).substring(0, 8);
    }

    /**
     * The keys to remember after a fetch: every key of the current fetch (a feed's live window
     * must never be republished), then older keys newest first, up to {@code bound} in total.
     */
    static List<String> merge(List<String> current, List<String> previous, int bound) {
        Set<String> out = new LinkedHashSet<>();
        for (String k : current) {
            if (out.size() >= MAX_CURRENT) {
                break;
            }
            out.add(k);
        }
        for (String k : previous) {
            if (out.size() >= Math.max(bound, Math.min(current.size(), MAX_CURRENT))) {
                break;
            }
            out.add(k);
        }
        return new ArrayList<>(out);
    }
}
