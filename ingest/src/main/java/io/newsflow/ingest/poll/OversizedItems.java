package io.newsflow.ingest.poll;

import io.newsflow.kafka.JsonSerde;
import io.newsflow.model.RawArticle;
import java.nio.charset.StandardCharsets;

/**
 * Cuts the text of an item too large to be one raw record. Kafka refuses a record over the
 * producer's {@code max.request.size}, and the poll then failed as a whole and was retried forever:
 * one giant item (a whole book in {@code content:encoded}) blocked its feed, and the feed's other
 * items were sent again on every attempt. The item is published with its content, then its summary,
 * cut at a character boundary so that its JSON fits {@link RawArticle#MAX_JSON_BYTES}.
 */
final class OversizedItems {
    private static final JsonSerde<RawArticle> JSON = new JsonSerde<>(RawArticle.class);

    /** Room left for what JSON escaping adds to the cut text. */
    private static final int MARGIN = 1024;

    /**
     * @param article the item as parsed
     * @param bytes its size as JSON, -1 when it could not exceed the limit and was not measured
     * @param cutTo its size after the cut, or {@code bytes} when it fit
     */
    record Fitted(RawArticle article, int bytes, int cutTo) {
        boolean wasCut() {
            return cutTo != bytes;
        }
    }

    private OversizedItems() {}

    static Fitted fit(RawArticle article, int maxBytes) {
        long bound = upperBound(article);
        if (bound <= maxBytes) {
            // every item of a poll passes here, and almost all are far below the limit: no
            // serializing (the sink serializes each item once, when it publishes it)
            return new Fitted(article, -1, -1);
        }
        int bytes = JSON.serialize(null, article).length;
        RawArticle fitted = article;
        int size = bytes;
        for (int attempt = 0; size > maxBytes && attempt < 4; attempt++) {
            // the content first; the summary only when there is no content left to cut
            boolean content = utf8Length(fitted.content()) > 0;
            String text = content ? fitted.content() : fitted.summary();
            RawArticle without =
                    content
                            ? withText(fitted, fitted.summary(), "")
                            : withText(fitted, "", fitted.content());
            int rest = JSON.serialize(null, without).length;
            // escaping makes the text's JSON longer than its UTF-8: cut in that proportion
            long room = maxBytes - MARGIN - rest;
            int keep = room <= 0 ? 0 : (int) (utf8Length(text) * room / Math.max(1, size - rest));
            String kept = cut(text, keep);
            fitted =
                    content
                            ? withText(fitted, fitted.summary(), kept)
                            : withText(fitted, kept, fitted.content());
            size = JSON.serialize(null, fitted).length;
        }
        return new Fitted(fitted, bytes, size);
    }

    /**
     * The longest prefix of {@code text} of at most {@code bytes} UTF-8 bytes, whole code points.
     */
    static String cut(String text, int bytes) {
        if (text == null || bytes <= 0) {
            return text == null ? null : "";
        }
        int used = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int width = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (used + width > bytes) {
                break;
            }
            used += width;
            i += Character.charCount(cp);
        }
        return text.substring(0, i);
    }

    /**
     * More bytes than the article's JSON can take: a char becomes at most 6 bytes ({@code \\uXXXX}
     * escapes; a surrogate pair is 4 bytes of UTF-8 for 2 chars), plus room for field names, dates
     * and the like.
     */
    private static long upperBound(RawArticle a) {
        long chars =
                length(a.articleId())
                        + length(a.feedId())
                        + length(a.sourceName())
                        + length(a.url())
                        + length(a.canonicalUrl())
                        + length(a.guid())
                        + length(a.title())
                        + length(a.summary())
                        + length(a.content())
                        + length(a.languageHint());
        if (a.provenance() != null) {
            chars += length(a.provenance().feedUrl()) + length(a.provenance().etag());
        }
        for (String author : a.authors()) {
            chars += length(author) + 3;
        }
        for (String category : a.categories()) {
            chars += length(category) + 3;
        }
        return 6 * chars + 4096;
    }

    private static long length(String s) {
        return s == null ? 0 : s.length();
    }

    private static int utf8Length(String text) {
        return text == null ? 0 : text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static RawArticle withText(RawArticle a, String summary, String content) {
        return new RawArticle(
                a.schemaVersion(),
                a.articleId(),
                a.feedId(),
                a.sourceName(),
                a.url(),
                a.canonicalUrl(),
                a.guid(),
                a.title(),
                summary,
                content,
                a.authors(),
                a.categories(),
                a.publishedAt(),
                a.updatedAt(),
                a.fetchedAt(),
                a.languageHint(),
                a.origin(),
                a.provenance());
    }
}
