package io.newsflow.processors.identity;

import io.newsflow.model.RawArticle;
import io.newsflow.seeds.SeedCorpus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Seed-based articles and realistic edits of them for identity tests. */
final class TestArticles {
    static final String NEW_LEAD =
            "Kabar terbaru dari perundingan damai datang pada Selasa malam ketika sejumlah pejabat"
                    + " tinggi memberikan keterangan kepada wartawan di ibu kota.";

    private TestArticles() {}

    static List<RawArticle> seeds() {
        return SeedCorpus.builtIn().articles();
    }

    /** A seed as published by an outlet at a URL, with a GUID. */
    static RawArticle published(RawArticle seed, String feed, String url, String guid) {
        return RawArticle.builder()
                .feedId(feed)
                .sourceName(feed)
                .url(url)
                .guid(guid)
                .title(seed.title())
                .content(seed.content())
                .publishedAt(seed.publishedAt())
                .build();
    }

    static RawArticle withTitle(RawArticle a, String title) {
        return a.withText(title, a.summary(), a.content());
    }

    static RawArticle withContent(RawArticle a, String content) {
        return a.withText(a.title(), a.summary(), content);
    }

    static List<String> paragraphs(String text) {
        return Arrays.stream(text.split("\\n"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** The seed re-run with a different lead paragraph and its last paragraph dropped. */
    static String rewrittenLeadWithoutLastParagraph(String content) {
        var p = new ArrayList<>(paragraphs(content));
        p.set(0, NEW_LEAD);
        p.remove(p.size() - 1);
        return String.join("\n", p);
    }
}
