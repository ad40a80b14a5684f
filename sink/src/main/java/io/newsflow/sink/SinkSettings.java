package io.newsflow.sink;

import io.newsflow.config.NewsflowConfig;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Kafka client properties of the sinks, from the one typed configuration. The sink keeps its own
 * helper rather than depending on the processors module: the sinks deploy and scale on their own.
 */
public final class SinkSettings {
    private SinkSettings() {}

    /**
     * The file sink's consumer: the user's {@code kafka.properties} first (security settings and
     * tuning pass through), then what exactly-once depends on, which the user cannot switch off:
     * {@code read_committed}, no auto-commit, byte values.
     */
    public static Properties consumerProperties(NewsflowConfig config, String bootstrapServers) {
        var props = new Properties();
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1000);
        props.putAll(config.kafka().properties());
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(
                ConsumerConfig.GROUP_ID_CONFIG,
                config.sink().groupIdOr(config.kafka().applicationId()));
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return props;
    }

    /** The application id of the topic router: its own consumer group and transactional ids. */
    public static String routerApplicationId(NewsflowConfig config) {
        return config.kafka().applicationId() + "-router";
    }

    /**
     * The topic router's Streams properties: {@code exactly_once_v2}, explicit names for every
     * internal resource, internal topics replicated like newsflow's own, then the user's {@code
     * kafka.properties} so they can override anything (security settings in particular).
     */
    public static Properties routerProperties(
            NewsflowConfig config, String bootstrapServers, Path stateDir) {
        var props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, routerApplicationId(config));
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
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
