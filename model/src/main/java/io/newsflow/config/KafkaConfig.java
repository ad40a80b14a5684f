package io.newsflow.config;

import java.util.Map;
import java.util.TreeMap;

/**
 * How newsflow reaches Kafka. {@code bootstrapServers: embedded} starts newsflow's own single-node
 * broker; anything else names an existing cluster. {@code properties} pass verbatim to every client
 * (security.protocol, sasl.*, ssl.*, compression.type …).
 */
public record KafkaConfig(
        String bootstrapServers,
        String topicPrefix,
        Integer partitions,
        Short replicationFactor,
        String applicationId,
        Map<String, String> properties)
        implements ConfigPart {

    public static final String EMBEDDED = "embedded";

    public KafkaConfig {
        bootstrapServers =
                bootstrapServers == null || bootstrapServers.isBlank()
                        ? EMBEDDED
                        : bootstrapServers.strip();
        topicPrefix = topicPrefix == null ? "" : topicPrefix;
        partitions = partitions == null ? 6 : partitions;
        replicationFactor = replicationFactor == null ? 1 : replicationFactor;
        applicationId =
                applicationId == null || applicationId.isBlank() ? "newsflow" : applicationId;
        properties = properties == null ? Map.of() : Map.copyOf(new TreeMap<>(properties));
    }

    public static KafkaConfig defaults() {
        return new KafkaConfig(null, null, null, null, null, null);
    }

    public boolean embedded() {
        return EMBEDDED.equalsIgnoreCase(bootstrapServers);
    }

    public KafkaConfig withBootstrapServers(String servers) {
        return new KafkaConfig(
                servers, topicPrefix, partitions, replicationFactor, applicationId, properties);
    }

    @Override
    public void validate(String path, Problems problems) {
        problems.require(
                partitions >= 1, path + ".partitions", "must be at least 1, was " + partitions);
        problems.require(
                replicationFactor >= 1,
                path + ".replicationFactor",
                "must be at least 1, was " + replicationFactor);
        problems.require(
                topicPrefix.matches("[A-Za-z0-9._-]*"),
                path + ".topicPrefix",
                "may hold only letters, digits, '.', '_' and '-', was '" + topicPrefix + "'");
        problems.require(
                applicationId.matches("[A-Za-z0-9._-]+"),
                path + ".applicationId",
                "may hold only letters, digits, '.', '_' and '-', was '" + applicationId + "'");
        if (!embedded()) {
            for (String server : bootstrapServers.split(",")) {
                problems.require(
                        server.strip().matches("[^\\s:]+:\\d{1,5}"),
                        path + ".bootstrapServers",
                        "'" + server.strip() + "' is not host:port (or use 'embedded')");
            }
        }
    }
}
