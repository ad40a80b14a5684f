package io.newsflow.sink.testing;

import io.newsflow.kafka.Json;
import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.Entity;
import io.newsflow.model.EntityType;
import io.newsflow.model.Language;
import io.newsflow.model.Origin;
import io.newsflow.model.RawArticle;
import io.newsflow.model.TopicTag;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/** Deterministic enriched articles for the sink's tests. */
public final class Articles {
    private Articles() {}

    /** An article with the given id and the fields routing and partitioning look at. */
    public static EnrichedArticle article(
            String id,
            String lang,
            String feedId,
            String sourceName,
            Instant publishedAt,
            List<TopicTag> topics,
            List<String> entityIds) {
        var raw =
                RawArticle.builder()
                        .articleId(id)
                        .feedId(feedId)
                        .sourceName(sourceName)
                        .url("https://example.org/news/" + id)
                        .title("Title of " + id)
                        .summary("Summary of " + id)
                        .content("Content of article " + id + ", long enough to be an article.")
                        .publishedAt(publishedAt)
                        .fetchedAt(Instant.parse("2025-08-20T01:00:00Z"))
                        .origin(Origin.FEED)
                        .build();
        var entities =
                entityIds.stream()
                        .map(
                                qid ->
                                        new Entity(
                                                "Name " + qid,
                                                EntityType.LOCATION,
                                                null,
                                                qid,
                                                null,
                                                1))
                        .toList();
        return EnrichedArticle.of(raw)
                .withLanguage(lang == null ? null : new Language(lang, 0.99, List.of()))
                .withTopics(topics)
                .withEntities(entities);
    }

    public static EnrichedArticle simple(String id, String lang, Instant publishedAt) {
        return article(id, lang, "feed-a", "Source A", publishedAt, List.of(), List.of());
    }

    public static byte[] json(EnrichedArticle article) {
        try {
            return Json.mapper().writeValueAsBytes(article);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static TopicTag politics() {
        return new TopicTag("medtop:11000000", "politics", 0.9);
    }

    public static TopicTag economy() {
        return new TopicTag("medtop:04000000", "economy, business and finance", 0.8);
    }
}
