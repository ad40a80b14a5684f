package io.newsflow.sink.route;

import io.newsflow.config.SinkConfig;
import io.newsflow.sink.article.ArticleFields;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One routing rule, ready to match: a record matches when every condition the rule sets matches
 * (each condition: any of its values). Absent fields never match, so a record whose language,
 * topics or entities were not (yet) detected is simply not routed by such a rule.
 *
 * <ul>
 *   <li>{@code lang}: the detected language code, case-insensitive;
 *   <li>{@code topic}: an IPTC code ({@code medtop:11000000}) or the slug of a label ({@code
 *       politics}, {@code arts-culture-entertainment-and-media});
 *   <li>{@code entity}: a Wikidata QID of a linked entity;
 *   <li>{@code source}: the feed id, or the slug of the source name.
 * </ul>
 */
public record RouteRule(
        Set<String> langs,
        Set<String> topics,
        Set<String> entities,
        Set<String> sources,
        String target) {

    public RouteRule {
        langs = Set.copyOf(langs);
        topics = Set.copyOf(topics);
        entities = Set.copyOf(entities);
        sources = Set.copyOf(sources);
    }

    /** The rule a configured route describes; its target topic gets the topic name prefix. */
    public static RouteRule of(SinkConfig.Route route, String topicPrefix) {
        var langs = normalized(route.lang(), RouteRule::lower);
        var topics = normalized(route.topic(), RouteRule::slug);
        var entities = normalized(route.entity(), v -> v.toUpperCase(Locale.ROOT));
        var sources = normalized(route.source(), RouteRule::slug);
        String target = route.to() != null ? route.to() : defaultTarget(route);
        return new RouteRule(langs, topics, entities, sources, topicPrefix + target);
    }

    public boolean matches(ArticleFields fields) {
        return (langs.isEmpty() || matchesLanguage(fields))
                && (topics.isEmpty() || matchesTopic(fields))
                && (entities.isEmpty() || matchesEntity(fields))
                && (sources.isEmpty() || matchesSource(fields));
    }

    private boolean matchesLanguage(ArticleFields fields) {
        return fields.languageCode() != null && langs.contains(lower(fields.languageCode()));
    }

    private boolean matchesTopic(ArticleFields fields) {
        for (String code : fields.topicCodes()) {
            if (topics.contains(slug(code))) {
                return true;
            }
        }
        for (String label : fields.topicLabels()) {
            if (topics.contains(slug(label))) {
                return true;
            }
        }
        return false;
    }

    private boolean matchesEntity(ArticleFields fields) {
        for (String id : fields.entityIds()) {
            if (entities.contains(id.toUpperCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private boolean matchesSource(ArticleFields fields) {
        return (fields.feedId() != null && sources.contains(slug(fields.feedId())))
                || (fields.sourceName() != null && sources.contains(slug(fields.sourceName())));
    }

    /**
     * The topic a single-condition rule writes to when it names none: {@code news.lang.id-ms},
     * {@code news.topic.politics}, {@code news.entity.Q30}, {@code news.source.antara}.
     */
    static String defaultTarget(SinkConfig.Route route) {
        if (!route.lang().isEmpty()) {
            return "news.lang." + joined(route.lang(), RouteRule::lower);
        }
        if (!route.topic().isEmpty()) {
            return "news.topic." + joined(route.topic(), RouteRule::slug);
        }
        if (!route.entity().isEmpty()) {
            return "news.entity." + joined(route.entity(), v -> v.toUpperCase(Locale.ROOT));
        }
        return "news.source." + joined(route.source(), RouteRule::slug);
    }

    /**
     * Lower case, every run of characters other than ASCII letters and digits turned into one
     * {@code -}: {@code "Arts, Culture & Media"} → {@code arts-culture-media}, {@code
     * medtop:11000000} → {@code medtop-11000000}.
     */
    public static String slug(String text) {
        return text.strip()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
    }

    private static String lower(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    private static Set<String> normalized(
            List<String> values, java.util.function.UnaryOperator<String> form) {
        return values.stream().map(String::strip).map(form).collect(Collectors.toSet());
    }

    private static String joined(
            List<String> values, java.util.function.UnaryOperator<String> form) {
        return values.stream().map(String::strip).map(form).collect(Collectors.joining("-"));
    }
}
