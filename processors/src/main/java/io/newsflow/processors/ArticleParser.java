package io.newsflow.processors;

import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.RawArticle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The parse-and-validate stage: raw bytes from the topic to an article ready for enrichment. */
public final class ArticleParser {
    public static final String STAGE = "parse";

    /**
     * The largest raw value that is an article. Every record made from it (the ledger hop, the
     * enriched record with its entities and topics, a dead letter with its headers) must fit
     * Kafka's default 1 MiB record limit: under exactly-once a record the producer refuses as too
     * large aborts the transaction, and the same input fails again after every restart. Real
     * articles are a few tens of KiB of JSON.
     */
    public static final int MAX_VALUE_BYTES = RawArticle.MAX_JSON_BYTES;

    /** How much of an over-large value its dead letter keeps: enough to recognize it. */
    static final int KEPT_BYTES = 64 * 1024;

    private ArticleParser() {}

    public static Envelope parse(String key, byte[] value) {
        if (value == null) {
            return Envelope.failed(
                    new Envelope.Failure(
                            STAGE,
                            NullPointerException.class.getName(),
                            "record has no value (tombstones are not articles)",
                            null));
        }
        if (value.length > MAX_VALUE_BYTES) {
            return Envelope.failed(
                    new Envelope.Failure(
                            STAGE,
                            InvalidArticleException.class.getName(),
                            String.format(
                                    Locale.ROOT,
                                    "record value is %,d bytes, over the %,d an article may have"
                                            + " (its enriched record must fit Kafka's 1 MiB record"
                                            + " limit); this dead letter keeps its first %,d bytes,"
                                            + " the whole record is at the source position in its"
                                            + " headers — shorten the article where it is produced",
                                    value.length,
                                    MAX_VALUE_BYTES,
                                    KEPT_BYTES),
                            Arrays.copyOf(value, KEPT_BYTES)));
        }
        RawArticle article;
        List<String> problems;
        try {
            article = Codecs.RAW.deserialize(null, value);
            if (article == null) {
                // the JSON literal null reads as no object at all
                throw new InvalidArticleException(
                        List.of("record value is the JSON literal null, not an article object"));
            }
            problems = ArticleValidator.problems(key, article);
        } catch (RuntimeException e) {
            // a parse stage that throws would stop the application on this record at every restart
            return Envelope.failed(Envelope.Failure.of(STAGE, e, value));
        }
        if (!problems.isEmpty()) {
            return Envelope.failed(
                    Envelope.Failure.of(STAGE, new InvalidArticleException(problems), value));
        }
        return Envelope.ok(EnrichedArticle.of(article).withVersion("pipeline", Pipeline.VERSION));
    }
}
