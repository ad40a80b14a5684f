package io.newsflow.ingest.poll;

import io.newsflow.model.FeedState;
import io.newsflow.model.RawArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory article and state sinks for poller tests without a broker. */
final class RecordingSinks implements ArticleSink, StateSink {
    private final List<RawArticle> published = new ArrayList<>();
    private final Map<String, FeedState> states = new ConcurrentHashMap<>();
    private final Map<String, Integer> saves = new ConcurrentHashMap<>();

    @Override
    public synchronized void publish(String feedId, List<RawArticle> articles) {
        published.addAll(articles);
    }

    @Override
    public void save(FeedState state) {
        states.put(state.feedId(), state);
        saves.merge(state.feedId(), 1, Integer::sum);
    }

    synchronized List<RawArticle> published() {
        return List.copyOf(published);
    }

    synchronized List<RawArticle> published(String feedId) {
        return published.stream().filter(a -> a.feedId().equals(feedId)).toList();
    }

    FeedState state(String feedId) {
        return states.get(feedId);
    }

    Map<String, FeedState> states() {
        return Map.copyOf(states);
    }

    int saves(String feedId) {
        return saves.getOrDefault(feedId, 0);
    }
}
