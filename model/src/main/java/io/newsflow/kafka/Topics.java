package io.newsflow.kafka;

import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.FeedSpec;
import io.newsflow.model.FeedState;
import io.newsflow.model.IdentityEvent;
import io.newsflow.model.RawArticle;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;

/**
 * newsflow's topics under one name prefix. Build one with {@link #withPrefix(String)} from the
 * configuration; {@link #DEFAULT} has no prefix.
 */
public record Topics(
        Topic<String, FeedSpec> feeds,
        Topic<String, FeedState> feedState,
        Topic<String, RawArticle> raw,
        Topic<String, IdentityEvent> identity,
        Topic<String, EnrichedArticle> enriched,
        Topic<byte[], byte[]> dlq) {

    public static final String FEEDS = "news.feeds";
    public static final String FEED_STATE = "news.feeds.state";
    public static final String RAW = "news.articles.raw";
    public static final String IDENTITY = "news.articles.identity";
    public static final String ENRICHED = "news.articles.enriched";
    public static final String DLQ = "news.dlq";

    public static final Topics DEFAULT = withPrefix("");

    public static Topics withPrefix(String prefix) {
        return new Topics(
                new Topic<>(FEEDS, Serdes.String(), new JsonSerde<>(FeedSpec.class), true)
                        .withPrefix(prefix),
                new Topic<>(FEED_STATE, Serdes.String(), new JsonSerde<>(FeedState.class), true)
                        .withPrefix(prefix),
                new Topic<>(RAW, Serdes.String(), new JsonSerde<>(RawArticle.class), false)
                        .withPrefix(prefix),
                new Topic<>(IDENTITY, Serdes.String(), new JsonSerde<>(IdentityEvent.class), false)
                        .withPrefix(prefix),
                new Topic<>(
                                ENRICHED,
                                Serdes.String(),
                                new JsonSerde<>(EnrichedArticle.class),
                                false)
                        .withPrefix(prefix),
                new Topic<>(DLQ, Serdes.ByteArray(), Serdes.ByteArray(), false).withPrefix(prefix));
    }

    public List<Topic<?, ?>> all() {
        return List.of(feeds, feedState, raw, identity, enriched, dlq);
    }
}
