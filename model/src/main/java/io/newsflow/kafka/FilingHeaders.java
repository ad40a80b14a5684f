package io.newsflow.kafka;

import io.newsflow.model.EnrichedArticle;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * The header {@value #FILING} on {@code news.articles.enriched} records: what the file sink files a
 * record by — its publication and fetch times and its detected language — so the sink need not
 * parse the JSON value of every record to find them. The value is ASCII, three fields separated by
 * one space, {@code -} for an absent one:
 *
 * <pre>newsflow.filing: 2025-08-19T10:00:00Z 2025-08-20T01:02:03Z id</pre>
 *
 * <p>One header rather than three because a consumer decodes each header key it looks at, and the
 * file sink looks at every record's: three keys were one of its largest costs. The processors put
 * it last on every record they write, where {@link Headers#lastHeader} finds it first. A record
 * without it (or with a malformed one) was not written by newsflow's processors and is filed from
 * its JSON instead.
 */
public final class FilingHeaders {
    public static final String FILING = "newsflow.filing";
    private static final String ABSENT = "-";

    private FilingHeaders() {}

    /**
     * Replaces the header on {@code headers} with the article's values, as the last header. A value
     * the header cannot carry exactly (not printable ASCII without spaces — no instant or language
     * code is) leaves the record without the header, so the sink files it from its JSON.
     */
    public static Headers set(Headers headers, EnrichedArticle article) {
        headers.remove(FILING);
        String published = text(article.article().publishedAt());
        String fetched = text(article.article().fetchedAt());
        String language = article.language() == null ? null : article.language().code();
        if (carriable(published) && carriable(fetched) && carriable(language)) {
            String value = field(published) + ' ' + field(fetched) + ' ' + field(language);
            headers.add(FILING, value.getBytes(StandardCharsets.US_ASCII));
        }
        return headers;
    }

    /**
     * The three values, or null when the header is missing or malformed. Absent fields read as
     * null, like an absent JSON field.
     */
    public static Values read(Headers headers) {
        Header header = headers.lastHeader(FILING);
        byte[] value = header == null ? null : header.value();
        if (value == null) {
            return null;
        }
        int first = indexOfSpace(value, 0);
        int second = first < 0 ? -1 : indexOfSpace(value, first + 1);
        if (second < 0 || indexOfSpace(value, second + 1) >= 0) {
            return null;
        }
        return new Values(
                text(value, 0, first),
                text(value, first + 1, second),
                text(value, second + 1, value.length));
    }

    /** Header values as the JSON fields would give them: ISO-8601 instants, a language code. */
    public record Values(String publishedAt, String fetchedAt, String languageCode) {}

    private static String field(String value) {
        return value == null || value.isEmpty() ? ABSENT : value;
    }

    private static boolean carriable(String value) {
        if (value == null) {
            return true;
        }
        if (value.equals(ABSENT)) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c <= ' ' || c > '~') {
                return false;
            }
        }
        return true;
    }

    private static String text(Instant instant) {
        // Instant.toString is ISO_INSTANT, the form the JSON value holds.
        return instant == null ? null : instant.toString();
    }

    private static String text(byte[] value, int from, int to) {
        if (to - from == 1 && value[from] == '-') {
            return null;
        }
        return to == from ? null : new String(value, from, to - from, StandardCharsets.US_ASCII);
    }

    private static int indexOfSpace(byte[] value, int from) {
        for (int i = from; i < value.length; i++) {
            if (value[i] == ' ') {
                return i;
            }
        }
        return -1;
    }
}
