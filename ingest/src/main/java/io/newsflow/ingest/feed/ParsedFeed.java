package io.newsflow.ingest.feed;

import io.newsflow.ingest.fetch.Repair;
import io.newsflow.model.RawArticle;
import java.time.Duration;
import java.util.List;

/**
 * A feed read into articles.
 *
 * @param format what the body was, e.g. {@code rss_2.0}, {@code atom_1.0}, {@code json_1.1}
 * @param title the feed's own title, or null
 * @param articles one raw article per item not already known, in feed order
 * @param itemKeys the key of every item in the body, known or not, in feed order
 * @param refreshHint the publisher's own hint how often to poll (RSS {@code ttl}, {@code
 *     sy:updatePeriod}/{@code sy:updateFrequency}), or null
 * @param repairs every change made to get here
 */
public record ParsedFeed(
        String format,
        String title,
        List<RawArticle> articles,
        List<String> itemKeys,
        Duration refreshHint,
        List<Repair> repairs) {
    /**
     * Items read from one body at most; the rest are skipped (a {@code too-many-items} repair). The
     * poller remembers every key of the current body, so this is also what bounds that memory.
     */
    public static final int MAX_ITEMS = 5_000;

    public ParsedFeed {
        articles = List.copyOf(articles);
        itemKeys = List.copyOf(itemKeys);
        repairs = List.copyOf(repairs);
    }
}
