package io.newsflow.processors;

import io.newsflow.config.NewsflowConfig;
import io.newsflow.kafka.Topics;
import io.newsflow.processors.entities.EntityStep;
import io.newsflow.processors.identity.EnvelopeSerde;
import io.newsflow.processors.identity.Identified;
import io.newsflow.processors.identity.IdentityStage;
import io.newsflow.processors.identity.IdentityStep;
import io.newsflow.processors.language.LanguageStep;
import io.newsflow.processors.normalize.ArticleNormalizer;
import io.newsflow.processors.topics.TopicStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;

/**
 * The enrichment pipeline as one Kafka Streams topology, read top to bottom: raw bytes are parsed
 * and validated, each step enriches the article, and records that fail any stage leave for the
 * dead-letter topic while the rest reach {@code news.articles.enriched}. {@code main} and the tests
 * build it through this one function.
 */
public final class EnrichmentTopology {
    private EnrichmentTopology() {}

    /**
     * Every stage that can dead-letter a record, in pipeline order: the values of the {@code
     * newsflow.dlq.stage} header.
     */
    public static final List<String> STAGES =
            List.of(
                    ArticleParser.STAGE,
                    ArticleNormalizer.NAME,
                    IdentityStep.NAME,
                    LanguageStep.NAME,
                    EntityStep.NAME,
                    TopicStep.NAME,
                    DeadLetterProductionHandler.STAGE);

    /** Repartition topic {@code <application.id>-enrich-repartition}. */
    public static final String ENRICH_TOPIC = "enrich";

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
                        // a repartition drops records without a key; these are failed (the
                        // validator requires one) and must reach the dead-letter topic
                        .selectKey(
                                (key, envelope) -> key == null ? DeadLetterProcessor.NO_KEY : key,
                                Named.as("key-keyless"))
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
                        .repartition(toEnrichment(config))
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
                                                .selectKey(
                                                        (key, value) ->
                                                                DeadLetterProcessor.originalKey(
                                                                        key),
                                                        Named.as("dead-letter-key"))
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
                                        ok.processValues(FilingStamp::new, Named.as("unwrap"))
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

    /**
     * Back out of the one ledger partition to as many partitions as the raw topic has, so the
     * costly steps (language, entities, topics) run in parallel tasks that every stream thread and
     * every {@code newsflow process} instance share, rather than all in the ledger's one task.
     * Public for the identity benchmark, whose hops contender passes the same topic.
     */
    public static Repartitioned<String, Envelope> toEnrichment(NewsflowConfig config) {
        return Repartitioned.<String, Envelope>as(ENRICH_TOPIC)
                .withKeySerde(Serdes.String())
                .withValueSerde(new EnvelopeSerde())
                .withNumberOfPartitions(config.kafka().partitions());
    }

    /** The repartition topic {@code <application.id>-enrich-repartition}. */
    public static String enrichTopic(String applicationId) {
        return applicationId + "-" + ENRICH_TOPIC + "-repartition";
    }

    /**
     * The topics the application reads, in the order an article passes them: an article is
     * processed once the application's group has no lag on any of them.
     */
    public static List<String> inputTopics(String applicationId, Topics topics) {
        return List.of(
                topics.raw().name(),
                IdentityStage.ledgerTopic(applicationId),
                enrichTopic(applicationId));
    }

    /**
     * The internal topics Kafka Streams would create for this topology, by full name, with their
     * partitions and configs. Creating them up front (and waiting until every partition answers
     * {@code listOffsets}) avoids the first write right after topic creation that KAFKA-15591 can
     * lose.
     */
    public static List<InternalTopic> internalTopics(String applicationId, int partitions) {
        var internal = new ArrayList<InternalTopic>();
        IdentityStage.internalTopics(applicationId)
                .forEach((name, configs) -> internal.add(new InternalTopic(name, 1, configs)));
        internal.add(
                new InternalTopic(
                        enrichTopic(applicationId),
                        partitions,
                        Map.of("cleanup.policy", "delete", "retention.ms", "-1")));
        return List.copyOf(internal);
    }

    /** An internal topic by full name, partitions and topic configs. */
    public record InternalTopic(String name, int partitions, Map<String, String> configs) {}
}
