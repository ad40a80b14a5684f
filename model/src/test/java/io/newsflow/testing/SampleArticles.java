package io.newsflow.testing;

import io.newsflow.model.Origin;
import io.newsflow.model.Provenance;
import io.newsflow.model.RawArticle;
import java.time.Instant;
import java.util.List;

/** Deterministic raw articles for tests of every module. */
public final class SampleArticles {
    private SampleArticles() {}

    public static RawArticle indonesian() {
        return RawArticle.builder()
                .feedId("antara-dunia")
                .sourceName("Antara")
                .url("https://www.antaranews.com/berita/123/trump-putin?utm_source=rss#top")
                .guid("https://www.antaranews.com/berita/123")
                .title("Trump dan Putin bertemu di Alaska")
                .summary("Presiden AS Donald Trump bertemu Presiden Rusia Vladimir Putin.")
                .content(
                        "Presiden AS Donald Trump bertemu Presiden Rusia Vladimir Putin di Alaska pada hari Jumat "
                                + "untuk membahas jaminan keamanan bagi Ukraina.")
                .authors(List.of("Redaksi"))
                .categories(List.of("Dunia"))
                .publishedAt(Instant.parse("2025-08-15T10:00:00Z"))
                .fetchedAt(Instant.parse("2025-08-15T10:05:00Z"))
                .languageHint("id")
                .origin(Origin.FEED)
                .provenance(
                        new Provenance("https://www.antaranews.com/rss/dunia.xml", 200, "\"abc\""))
                .build();
    }
}
