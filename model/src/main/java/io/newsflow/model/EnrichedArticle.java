package io.newsflow.model;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A raw article with what the processors learned about it. On the wire the raw fields stay at the
 * top level beside {@code identity}, {@code language}, {@code topics}, {@code entities} and {@code
 * versions}; a part whose step did not run is absent, never a placeholder.
 */
public record EnrichedArticle(
        @JsonUnwrapped RawArticle article,
        Identity identity,
        Language language,
        List<TopicTag> topics,
        List<Entity> entities,
        SortedMap<String, String> versions) {

    public EnrichedArticle {
        requireNonNull(article, "article");
        topics = topics == null ? null : List.copyOf(topics);
        entities = entities == null ? null : List.copyOf(entities);
        versions = versions == null ? new TreeMap<>() : new TreeMap<>(versions);
    }

    /** The start of enrichment: the article alone, every step still to run. */
    public static EnrichedArticle of(RawArticle article) {
        return new EnrichedArticle(article, null, null, null, null, null);
    }

    public String articleId() {
        return article.articleId();
    }

    public EnrichedArticle withArticle(RawArticle newArticle) {
        return new EnrichedArticle(newArticle, identity, language, topics, entities, versions);
    }

    public EnrichedArticle withIdentity(Identity newIdentity) {
        return new EnrichedArticle(article, newIdentity, language, topics, entities, versions);
    }

    public EnrichedArticle withLanguage(Language newLanguage) {
        return new EnrichedArticle(article, identity, newLanguage, topics, entities, versions);
    }

    public EnrichedArticle withTopics(List<TopicTag> newTopics) {
        return new EnrichedArticle(article, identity, language, newTopics, entities, versions);
    }

    public EnrichedArticle withEntities(List<Entity> newEntities) {
        return new EnrichedArticle(article, identity, language, topics, newEntities, versions);
    }

    /** Records which version of a step's code or data produced this record's fields. */
    public EnrichedArticle withVersion(String component, String version) {
        var merged = new TreeMap<>(versions);
        merged.put(component, version);
        return new EnrichedArticle(article, identity, language, topics, entities, merged);
    }

    public EnrichedArticle withVersions(Map<String, String> more) {
        var merged = new TreeMap<>(versions);
        merged.putAll(more);
        return new EnrichedArticle(article, identity, language, topics, entities, merged);
    }
}
