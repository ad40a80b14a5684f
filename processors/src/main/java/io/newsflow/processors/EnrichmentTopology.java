package io.newsflow.processors;

import io.newsflow.config.NewsflowConfig;
import io.newsflow.kafka.Topics;
import io.newsflow.processors.identity.Identified;
import io.newsflow.processors.identity.IdentityStage;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The enrichment pipeline as one Kafka Streams topology, read top to bottom: raw bytes are parsed
 * and validated, each step enriches the article, and records that fail any stage leave for the
 * dead-letter topic while the rest reach {@code news.articles.enriched}. {@code main} and the tests
 * build it through this one function.
 */
public final class EnrichmentTopology {
    private EnrichmentTopology() {}

    public static Topology build(NewsflowConfig config, Topics topics, Enrichers enrichers) {
        var builder = new StreamsBuilder();

        KStream<String, Identified> identified =
                builder.stream(
                                topics.raw().name(),
                                Consumed.with(Serdes.String(), Serdes.ByteArray())
                                        .withName("read-raw"))
                        .mapValues(ArticleParser::parse, Named.as(ArticleParser.STAGE))
                        .mapValues(
                                e -> e.then(enrichers.normalize()),
                                Named.as(enrichers.normalize().name()))
                        .processValues(SourcePosition.Stamp::new, Named.as("stamp-source"))
                        .repartition(IdentityStage.toLedger())
                        .processValues(
                                IdentityStage.processor(config.identity()),
                                Named.as(IdentityStage.NAME));

        identified
                .filter((key, i) -> i.hasEvent(), Named.as("identity-decisions"))
                .mapValues(Identified::event, Named.as("identity-event"))
                .to(
                        topics.identity().name(),
                        Produced.with(Serdes.String(), topics.identity().valueSerde())
                                .withName("write-identity"));

        KStream<String, Envelope> articles =
                identified
                        .filter((key, i) -> i.forwarded(), Named.as("identity-forward"))
                        .mapValues(Identified::envelope, Named.as("identity-unwrap"))
                        .mapValues(
                                e -> e.then(enrichers.language()),
                                Named.as(enrichers.language().name()))
                        .mapValues(
                                e -> e.then(enrichers.entities()),
                                Named.as(enrichers.entities().name()))
                        .mapValues(
                                e -> e.then(enrichers.topics()),
                                Named.as(enrichers.topics().name()));

        articles.split(Named.as("route-"))
                .branch(
                        (key, envelope) -> envelope.isFailed(),
                        Branched.withConsumer(
                                failed ->
                                        failed.processValues(
                                                        DeadLetterProcessor::new,
                                                        Named.as("dead-letter"))
                                                .to(
                                                        topics.dlq().name(),
                                                        Produced.with(
                                                                        Serdes.String(),
                                                                        Serdes.ByteArray())
                                                                .withName("write-dlq")),
                                "failed"))
                .defaultBranch(
                        Branched.withConsumer(
                                ok ->
                                        ok.mapValues(Envelope::article, Named.as("unwrap"))
                                                .to(
                                                        topics.enriched().name(),
                                                        Produced.with(
                                                                        Serdes.String(),
                                                                        topics.enriched()
                                                                                .valueSerde())
                                                                .withName("write-enriched")),
                                "enriched"));

        return builder.build();
    }
}
