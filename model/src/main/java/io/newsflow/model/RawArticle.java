package io.newsflow.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;

/**
 * A feed or corpus item as published, before enrichment. {@code articleId} is also its Kafka key.
 *
 * <p>Text fields hold plain text; HTML is turned to text before a record is built or, for records
 * from other producers, by the normalize step. Absent values are {@code null}, never placeholders.
 */
public record RawArticle(
        int schemaVersion,
        String articleId,
        String feedId,
        String sourceName,
        String url,
        String canonicalUrl,
        String guid,
        String title,
        String summary,
        String content,
        List<String> authors,
        List<String> categories,
        Instant publishedAt,
        Instant updatedAt,
        Instant fetchedAt,
        String languageHint,
        Origin origin,
        Provenance provenance) {

    public static final int SCHEMA_VERSION = 1;

    /**
     * The most bytes an article may take as JSON on {@code news.articles.raw}: every record made
     * from it downstream (the enriched record with its entities and topics, a dead letter with its
     * headers) must still fit Kafka's default 1 MiB record limit. The poller cuts an item's text to
     * fit; the processors dead-letter a larger value from any other producer.
     */
    public static final int MAX_JSON_BYTES = 512 * 1024;

    public RawArticle {
        requireNonNull(articleId, "articleId");
        requireNonNull(feedId, "feedId");
        authors = authors == null ? List.of() : List.copyOf(authors);
        categories = categories == null ? List.of() : List.copyOf(categories);
        if (schemaVersion == 0) {
            schemaVersion = SCHEMA_VERSION;
        }
    }

    /**
     * Starts a record whose id is derived from the given identity signals by {@link ArticleIds}.
     */
    public static Builder builder() {
        return new Builder();
    }

    public RawArticle withArticleId(String id) {
        return new RawArticle(
                schemaVersion,
                id,
                feedId,
                sourceName,
                url,
                canonicalUrl,
                guid,
                title,
                summary,
                content,
                authors,
                categories,
                publishedAt,
                updatedAt,
                fetchedAt,
                languageHint,
                origin,
                provenance);
    }

    public RawArticle withText(String newTitle, String newSummary, String newContent) {
        return new RawArticle(
                schemaVersion,
                articleId,
                feedId,
                sourceName,
                url,
                canonicalUrl,
                guid,
                newTitle,
                newSummary,
                newContent,
                authors,
                categories,
                publishedAt,
                updatedAt,
                fetchedAt,
                languageHint,
                origin,
                provenance);
    }

    public RawArticle withCanonicalUrl(String newCanonicalUrl) {
        return new RawArticle(
                schemaVersion,
                articleId,
                feedId,
                sourceName,
                url,
                newCanonicalUrl,
                guid,
                title,
                summary,
                content,
                authors,
                categories,
                publishedAt,
                updatedAt,
                fetchedAt,
                languageHint,
                origin,
                provenance);
    }

    /** Title, summary and content joined by blank lines, skipping absent parts. */
    public String fullText() {
        var text = new StringBuilder();
        for (String part : new String[] {title, summary, content}) {
            if (part != null && !part.isBlank()) {
                if (!text.isEmpty()) {
                    text.append("\n\n");
                }
                text.append(part);
            }
        }
        return text.toString();
    }

    /**
     * Mutable assembly of a {@link RawArticle}; {@link #build()} derives the id when none is set.
     */
    public static final class Builder {
        private String articleId;
        private String feedId;
        private String sourceName;
        private String url;
        private String canonicalUrl;
        private String guid;
        private String title;
        private String summary;
        private String content;
        private List<String> authors = List.of();
        private List<String> categories = List.of();
        private Instant publishedAt;
        private Instant updatedAt;
        private Instant fetchedAt;
        private String languageHint;
        private Origin origin = Origin.FEED;
        private Provenance provenance;

        private Builder() {}

        public Builder articleId(String v) {
            articleId = v;
            return this;
        }

        public Builder feedId(String v) {
            feedId = v;
            return this;
        }

        public Builder sourceName(String v) {
            sourceName = v;
            return this;
        }

        public Builder url(String v) {
            url = v;
            return this;
        }

        public Builder canonicalUrl(String v) {
            canonicalUrl = v;
            return this;
        }

        public Builder guid(String v) {
            guid = v;
            return this;
        }

        public Builder title(String v) {
            title = v;
            return this;
        }

        public Builder summary(String v) {
            summary = v;
            return this;
        }

        public Builder content(String v) {
            content = v;
            return this;
        }

        public Builder authors(List<String> v) {
            authors = v;
            return this;
        }

        public Builder categories(List<String> v) {
            categories = v;
            return this;
        }

        public Builder publishedAt(Instant v) {
            publishedAt = v;
            return this;
        }

        public Builder updatedAt(Instant v) {
            updatedAt = v;
            return this;
        }

        public Builder fetchedAt(Instant v) {
            fetchedAt = v;
            return this;
        }

        public Builder languageHint(String v) {
            languageHint = v;
            return this;
        }

        public Builder origin(Origin v) {
            origin = v;
            return this;
        }

        public Builder provenance(Provenance v) {
            provenance = v;
            return this;
        }

        public RawArticle build() {
            if (canonicalUrl == null && url != null) {
                canonicalUrl = CanonicalUrls.canonicalize(url).orElse(null);
            }
            String id =
                    articleId != null
                            ? articleId
                            : ArticleIds.of(
                                    canonicalUrl,
                                    feedId,
                                    guid,
                                    title,
                                    content != null ? content : summary);
            return new RawArticle(
                    SCHEMA_VERSION,
                    id,
                    feedId,
                    sourceName,
                    url,
                    canonicalUrl,
                    guid,
                    title,
                    summary,
                    content,
                    authors,
                    categories,
                    publishedAt,
                    updatedAt,
                    fetchedAt,
                    languageHint,
                    origin,
                    provenance);
        }
    }
}
