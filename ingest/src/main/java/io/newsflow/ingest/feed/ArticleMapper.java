package io.newsflow.ingest.feed;

import io.newsflow.ingest.fetch.Repair;
import io.newsflow.model.ArticleIds;
import io.newsflow.model.Origin;
import io.newsflow.model.Provenance;
import io.newsflow.model.RawArticle;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns one format-neutral feed item into a {@link RawArticle}: HTML to clean text, links resolved
 * against the feed URL, dates read with fallbacks, the language hint chosen, provenance attached.
 * The article id is derived by {@link RawArticle.Builder#build()}.
 */
final class ArticleMapper {
    /**
     * An item as the format readers hand it over. Dates come raw and, where the format library
     * already parsed them, parsed too.
     */
    record Item(
            String link,
            String guid,
            String title,
            String summary,
            String content,
            List<String> authors,
            List<String> categories,
            String publishedRaw,
            Instant published,
            String updatedRaw,
            Instant updated,
            String language,
            String feedTitle) {}

    /**
     * The item's key for "already published?": a hash of its raw identity and text, computed before
     * any cleaning so items a feed already published cost no HTML parsing at all. An edited item
     * gets a new key and is published again as a revision.
     */
    static String key(Item item) {
        String raw =
                item.link()
                        + '\u0000'
                        + item.guid()
                        + '\u0000'
                        + item.title()
                        + '\u0000'
                        + item.summary()
                        + '\u0000'
                        + item.content();
        return ArticleIds.hash(raw).substring(0, 24);
    }

    RawArticle article(FeedInput input, Item item, List<Repair> repairs) {
        String title = CleanText.line(item.title());
        String summary = CleanText.paragraphs(item.summary());
        String content = CleanText.paragraphs(item.content());
        if (summary != null && summary.equals(content)) {
            summary = null;
        }
        return RawArticle.builder()
                .feedId(input.feedId())
                .sourceName(input.sourceName() != null ? input.sourceName() : item.feedTitle())
                .url(resolve(input.feedUrl(), item.link()))
                .guid(blankToNull(item.guid()))
                .title(title)
                .summary(summary)
                .content(content)
                .authors(distinct(item.authors()))
                .categories(distinct(item.categories()))
                .publishedAt(date(item.published(), item.publishedRaw(), input, repairs))
                .updatedAt(date(item.updated(), item.updatedRaw(), input, repairs))
                .fetchedAt(input.fetchedAt())
                .languageHint(languageHint(input, item.language()))
                .origin(Origin.FEED)
                .provenance(new Provenance(input.feedUrl(), input.httpStatus(), input.etag()))
                .build();
    }

    /**
     * The operator's declaration wins (feeds often keep a CMS default such as en-us), then the
     * item's or feed's own, then HTTP {@code Content-Language}.
     */
    static String languageHint(FeedInput input, String feedLanguage) {
        for (String candidate :
                new String[] {input.subscribedLanguage(), feedLanguage, input.contentLanguage()}) {
            String tag = languageTag(candidate);
            if (tag != null) {
                return tag;
            }
        }
        return null;
    }

    /** Feeds repeat their language on every item; the few distinct values are parsed once. */
    private static final java.util.Map<String, java.util.Optional<String>> TAGS =
            new java.util.concurrent.ConcurrentHashMap<>();

    static String languageTag(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (TAGS.size() > 10_000) {
            TAGS.clear();
        }
        return TAGS.computeIfAbsent(value, v -> java.util.Optional.ofNullable(parseTag(v)))
                .orElse(null);
    }

    private static String parseTag(String value) {
        String tag =
                Locale.forLanguageTag(value.strip().replace('_', '-').split("[,;\\s]")[0])
                        .toLanguageTag();
        return tag.equals("und") ? null : tag;
    }

    /**
     * The raw text is read first (strict standard forms, then recorded fallbacks); the format
     * library's own value is used only when the raw text is unreadable to us, e.g. W3C partial
     * dates Rome knows. Rome maps some fields loosely (Atom 0.3 {@code modified} as published).
     */
    private static Instant date(Instant parsed, String raw, FeedInput input, List<Repair> repairs) {
        if (raw != null && !raw.isBlank()) {
            var result = FeedDates.parse(raw);
            if (result.isPresent()) {
                if (result.get().fallback()) {
                    repairs.add(new Repair("date-fallback", result.get().note()));
                }
                return result.get().instant();
            }
            if (parsed == null) {
                repairs.add(
                        new Repair("date-unreadable", "date '" + raw + "' unreadable; left empty"));
            }
        }
        return parsed;
    }

    static String resolve(String base, String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        String l = link.strip();
        try {
            URI uri = new URI(l.replace(" ", "%20"));
            if (uri.isAbsolute()) {
                return uri.toString();
            }
            return base == null ? l : URI.create(base).resolve(uri).toString();
        } catch (Exception e) {
            return l;
        }
    }

    private static List<String> distinct(List<String> values) {
        if (values == null || values.isEmpty()) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String v : values) {
            String clean = CleanText.line(v);
            if (clean != null) {
                out.add(clean);
            }
        }
        return new ArrayList<>(out);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
