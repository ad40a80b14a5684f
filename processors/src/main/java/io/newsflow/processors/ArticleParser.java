package io.newsflow.processors;

import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.RawArticle;
import java.util.List;

/** The parse-and-validate stage: raw bytes from the topic to an article ready for enrichment. */
public final class ArticleParser {
    public static final String STAGE = "parse";

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
