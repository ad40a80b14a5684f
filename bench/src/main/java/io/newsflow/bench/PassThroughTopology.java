package io.newsflow.bench;

import io.newsflow.kafka.Topics;
import io.newsflow.model.EnrichedArticle;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The baseline: what any Kafka Streams application reading raw articles and writing enriched ones
 * must pay — deserialize a {@code RawArticle}, wrap it, serialize an {@code EnrichedArticle} — with
 * no enrichment step in between. The pipeline's cost is measured as a ratio to this.
 */
final class PassThroughTopology {
    private PassThroughTopology() {}

    static Topology build(Topics topics) {
        var builder = new StreamsBuilder();
        builder.stream(
                        topics.raw().name(),
                        Consumed.with(Serdes.String(), topics.raw().valueSerde())
                                .withName("read-raw"))
                .mapValues(EnrichedArticle::of, Named.as("wrap"))
                .to(
                        topics.enriched().name(),
                        Produced.with(Serdes.String(), topics.enriched().valueSerde())
                                .withName("write-enriched"));
        return builder.build();
    }
}
