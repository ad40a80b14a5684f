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
        try {
            article = Codecs.RAW.deserialize(null, value);
        } catch (RuntimeException e) {
            return Envelope.failed(Envelope.Failure.of(STAGE, e, value));
        }
        List<String> problems = ArticleValidator.problems(key, article);
        if (!problems.isEmpty()) {
            return Envelope.failed(
                    Envelope.Failure.of(STAGE, new InvalidArticleException(problems), value));
        }
        return Envelope.ok(EnrichedArticle.of(article).withVersion("pipeline", Pipeline.VERSION));
    }
}
