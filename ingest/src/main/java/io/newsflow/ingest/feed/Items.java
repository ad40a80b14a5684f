package io.newsflow.ingest.feed;

import io.newsflow.ingest.fetch.Repair;
import io.newsflow.model.RawArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** The items of one body as they are read: every key, and an article for each unknown one. */
final class Items {
    private final ArticleMapper mapper;
    private final FeedInput input;
    private final Predicate<String> known;
    private final List<Repair> repairs;
    private final List<String> keys = new ArrayList<>();
    private final List<RawArticle> fresh = new ArrayList<>();
    private final java.util.Set<String> inBody = new java.util.HashSet<>();
    private int skipped;

    Items(ArticleMapper mapper, FeedInput input, Predicate<String> known, List<Repair> repairs) {
        this.mapper = mapper;
        this.input = input;
        this.known = known;
        this.repairs = repairs;
    }

    void add(ArticleMapper.Item item) {
        if (keys.size() >= ParsedFeed.MAX_ITEMS) {
            // Every key taken is remembered after publishing (RecentItems); an item taken beyond
            // what can be remembered would be published again on every poll.
            if (skipped++ == 0) {
                repairs.add(
                        new Repair(
                                "too-many-items",
                                "body holds more than "
                                        + ParsedFeed.MAX_ITEMS
                                        + " items; only the first "
                                        + ParsedFeed.MAX_ITEMS
                                        + " are read"));
            }
            return;
        }
        String key = ArticleMapper.key(item);
        if (!inBody.add(key)) {
            return; // the same item twice in one body
        }
        keys.add(key);
        if (!known.test(key)) {
            fresh.add(mapper.article(input, item, repairs));
        }
    }

    List<String> keys() {
        return keys;
    }

    List<RawArticle> fresh() {
        return fresh;
    }
}
