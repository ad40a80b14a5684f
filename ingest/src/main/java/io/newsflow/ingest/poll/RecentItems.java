package io.newsflow.ingest.poll;

import io.newsflow.ingest.feed.ParsedFeed;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The bounded memory of items a feed already published, as the item keys the parser computes (a
 * hash of an item's raw identity and text): an item the publisher edits is published again as a
 * revision (the identity step links it) while an unchanged one never is.
 */
final class RecentItems {
    /**
     * Keys of the current fetch are all kept even past the bound, up to this many — the parser's
     * cap on items per body, so every item a poll may publish is remembered.
     */
    static final int MAX_CURRENT = ParsedFeed.MAX_ITEMS;

    private RecentItems() {}

    /**
     * The keys to remember after a fetch: every key of the current fetch (a feed's live window must
     * never be republished), then older keys newest first, up to {@code bound} in total.
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
