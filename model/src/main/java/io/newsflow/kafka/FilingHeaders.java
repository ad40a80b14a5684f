package io.newsflow.kafka;

import io.newsflow.model.EnrichedArticle;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Headers on {@code news.articles.enriched} records that carry what the file sink files a record by
 * — its publication and fetch times and its detected language — so the sink need not parse the JSON
 * value of every record to find them. The processors set all three on every record they write (an
 * empty value where the field is absent); a record with any of them missing was not written by
 * newsflow's processors and is filed from its JSON instead.
 */
public final class FilingHeaders {
    public static final String PUBLISHED_AT = "newsflow.published-at";
    public static final String FETCHED_AT = "newsflow.fetched-at";
    public static final String LANGUAGE = "newsflow.language";

    private FilingHeaders() {}

    /** Replaces the three headers on {@code headers} with the article's values. */
    public static Headers set(Headers headers, EnrichedArticle article) {
        put(headers, PUBLISHED_AT, text(article.article().publishedAt()));
        put(headers, FETCHED_AT, text(article.article().fetchedAt()));
        put(headers, LANGUAGE, article.language() == null ? "" : article.language().code());
        return headers;
    }

    /**
     * The three values, or null when any header is missing. Empty values read as null, like an
     * absent JSON field.
     */
    public static Values read(Headers headers) {
        Header published = headers.lastHeader(PUBLISHED_AT);
        Header fetched = headers.lastHeader(FETCHED_AT);
        Header language = headers.lastHeader(LANGUAGE);
        if (published == null || fetched == null || language == null) {
            return null;
        }
        return new Values(value(published), value(fetched), value(language));
    }

    /** Header values as the JSON fields would give them: ISO-8601 instants, a language code. */
    public record Values(String publishedAt, String fetchedAt, String languageCode) {}

    private static void put(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, (value == null ? "" : value).getBytes(StandardCharsets.UTF_8));
    }

    private static String text(Instant instant) {
        // Instant.toString is ISO_INSTANT, the form the JSON value holds.
        return instant == null ? null : instant.toString();
    }

    private static String value(Header header) {
        if (header.value() == null || header.value().length == 0) {
            return null;
        }
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
