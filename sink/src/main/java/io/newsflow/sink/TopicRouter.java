package io.newsflow.sink;

import io.newsflow.config.NewsflowConfig;
import io.newsflow.kafka.Topics;
import io.newsflow.sink.article.ArticleFields;
import io.newsflow.sink.route.Routes;
import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * Copies enriched records to the topics their routing rules select ({@code news.lang.id-ms}, {@code
 * news.topic.politics}, …), as one Kafka Streams topology run with {@code exactly_once_v2} ({@link
 * SinkSettings#routerProperties}). Records are forwarded as the bytes they arrived as, key and
 * headers included; the router only adds copies, so every record stays on {@code
 * news.articles.enriched} whether a rule matches or not.
 */
public final class TopicRouter {
    private TopicRouter() {}

    /**
     * A record's bytes with the fields routing decides on; {@code fields} is null if unreadable.
     */
    record Routable(byte[] bytes, ArticleFields fields) {
        static Routable of(byte[] value) {
            if (value == null) {
                return new Routable(null, null);
            }
            try {
                return new Routable(value, ArticleFields.read(value));
            } catch (IOException e) {
                return new Routable(value, null);
            }
        }
    }

    public static Topology build(NewsflowConfig config, Topics topics) {
        Routes routes = Routes.of(config);
        var builder = new StreamsBuilder();
        KStream<byte[], Routable> enriched =
                builder.stream(
                                topics.enriched().name(),
                                Consumed.with(Serdes.ByteArray(), Serdes.ByteArray())
                                        .withName("read-enriched"))
                        .mapValues(Routable::of, Named.as("read-routing-fields"));
        for (String target : routes.targets()) {
            enriched.filter(
                            (key, value) -> routes.routesTo(target, value.fields()),
                            Named.as("match-" + target))
                    .mapValues(Routable::bytes, Named.as("unwrap-" + target))
                    .to(
                            target,
                            Produced.with(Serdes.ByteArray(), Serdes.ByteArray())
                                    .withName("write-" + target));
        }
        return builder.build();
    }

    /**
     * The topics the router writes to, to create before it starts (same partitions as the rest).
     */
    public static Set<String> targetTopics(NewsflowConfig config, Topics topics) {
        return new TreeSet<>(Routes.of(config).targets());
    }

    /** Whether any routing rule is configured; without one the router need not run. */
    public static boolean hasRoutes(NewsflowConfig config) {
        return !config.sink().routes().isEmpty();
    }
}
