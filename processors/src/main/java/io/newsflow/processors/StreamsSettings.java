package io.newsflow.processors;

import io.newsflow.config.NewsflowConfig;
import io.newsflow.kafka.Topics;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/** Kafka Streams properties for newsflow's applications, from the one typed configuration. */
public final class StreamsSettings {
    private StreamsSettings() {}

    /**
     * Exactly-once v2, explicit names for every internal resource, internal topics replicated like
     * newsflow's own, and the user's {@code kafka.properties} passed through last so they can
     * override anything (security settings in particular).
     */
    public static Properties properties(
            NewsflowConfig config, String bootstrapServers, String applicationId, Path stateDir) {
        var props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
        props.put(
                StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG,
                DeadLetterProductionHandler.class.getName());
        props.put(
                DeadLetterProductionHandler.DLQ_TOPIC_CONFIG,
                Topics.withPrefix(config.kafka().topicPrefix()).dlq().name());
        props.put(
                StreamsConfig.REPLICATION_FACTOR_CONFIG, (int) config.kafka().replicationFactor());
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toAbsolutePath().toString());
        props.put(
                StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        props.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "lz4");
        props.putAll(config.kafka().properties());
        return props;
    }
}
