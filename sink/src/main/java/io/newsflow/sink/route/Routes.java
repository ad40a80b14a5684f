package io.newsflow.sink.route;

import io.newsflow.config.NewsflowConfig;
import io.newsflow.sink.article.ArticleFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The configured routing rules grouped by target topic: a record goes to a topic once when any of
 * the topic's rules matches, however many do.
 */
public record Routes(Map<String, List<RouteRule>> byTarget) {
    public Routes {
        var copy = new TreeMap<String, List<RouteRule>>();
        byTarget.forEach((target, rules) -> copy.put(target, List.copyOf(rules)));
        byTarget = java.util.Collections.unmodifiableSortedMap(copy);
    }

    public static Routes of(NewsflowConfig config) {
        var byTarget = new TreeMap<String, List<RouteRule>>();
        for (var route : config.sink().routes()) {
            var rule = RouteRule.of(route, config.kafka().topicPrefix());
            byTarget.computeIfAbsent(rule.target(), t -> new ArrayList<>()).add(rule);
        }
        return new Routes(byTarget);
    }

    /** Whether a record with these fields goes to {@code target}. */
    public boolean routesTo(String target, ArticleFields fields) {
        if (fields == null) {
            return false;
        }
        for (RouteRule rule : byTarget.getOrDefault(target, List.of())) {
            if (rule.matches(fields)) {
                return true;
            }
        }
        return false;
    }

    /** The topics records are copied to, in name order. */
    public List<String> targets() {
        return List.copyOf(byTarget.keySet());
    }
}
