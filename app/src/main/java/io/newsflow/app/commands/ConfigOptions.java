package io.newsflow.app.commands;

import io.newsflow.app.UserError;
import io.newsflow.config.ConfigLoader;
import io.newsflow.config.KafkaConfig;
import io.newsflow.config.NewsflowConfig;
import io.newsflow.kafka.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import picocli.CommandLine.Option;

/**
 * Options every command shares: the configuration file and the flags that override it. The result
 * is one validated {@link NewsflowConfig}.
 */
public final class ConfigOptions {
    static final Path DEFAULT_CONFIG = Path.of("newsflow.yaml");

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description =
                    "Configuration file (default: ./newsflow.yaml when present). $${VAR:default} is substituted.")
    Path configFile;

    @Option(
            names = "--bootstrap-servers",
            paramLabel = "HOST:PORT[,HOST:PORT…]",
            description = "Use this Kafka cluster instead of the embedded broker.")
    String bootstrapServers;

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            description =
                    "Where the embedded broker and the processors keep their state (default: ./data).")
    Path dataDir;

    @Option(
            names = "--topic-prefix",
            paramLabel = "PREFIX",
            description = "Prefix for every topic name.")
    String topicPrefix;

    @Option(
            names = {"-P", "--kafka-property"},
            paramLabel = "KEY=VALUE",
            description =
                    "A Kafka client property passed to every client (repeatable), e.g. -P security.protocol=SSL.")
    Map<String, String> kafkaProperties = new LinkedHashMap<>();

    /** Loads the file (if any), applies the flags and validates the result. */
    public NewsflowConfig load() {
        return load(System::getenv);
    }

    NewsflowConfig load(Function<String, String> environment) {
        var loader = new ConfigLoader(environment);
        NewsflowConfig config;
        if (configFile != null) {
            config = loader.load(configFile);
        } else if (Files.isRegularFile(DEFAULT_CONFIG)) {
            config = loader.load(DEFAULT_CONFIG);
        } else {
            config = NewsflowConfig.defaults();
        }
        KafkaConfig kafka = config.kafka();
        var props = new LinkedHashMap<>(kafka.properties());
        props.putAll(kafkaProperties);
        kafka =
                new KafkaConfig(
                        bootstrapServers != null ? bootstrapServers : kafka.bootstrapServers(),
                        topicPrefix != null ? topicPrefix : kafka.topicPrefix(),
                        kafka.partitions(),
                        kafka.replicationFactor(),
                        kafka.applicationId(),
                        props);
        config = config.withKafka(kafka);
        if (dataDir != null) {
            config = config.withBroker(config.broker().withDataDir(dataDir));
        }
        return config.validated(configFile != null ? configFile.toString() : "flags");
    }

    public static Topics topics(NewsflowConfig config) {
        return Topics.withPrefix(config.kafka().topicPrefix());
    }

    /**
     * Where clients connect: the configured cluster, or for {@code embedded} the broker that {@code
     * newsflow run} or {@code newsflow broker} starts on this machine.
     */
    public static String clientBootstrap(NewsflowConfig config) {
        return config.kafka().embedded()
                ? config.broker().host() + ":" + config.broker().port()
                : config.kafka().bootstrapServers();
    }

    /**
     * The partitions of {@code topic}, for a command that reads it.
     *
     * @param ifMissing what to tell the user when the topic does not exist
     * @throws UserError when the topic does not exist or the cluster does not answer in 30 s
     */
    public static List<TopicPartition> partitionsOf(
            Consumer<?, ?> consumer, String topic, String bootstrap, String ifMissing) {
        List<PartitionInfo> infos;
        try {
            infos = consumer.partitionsFor(topic, Duration.ofSeconds(30));
        } catch (TimeoutException e) {
            throw new UserError(
                    "cannot reach Kafka at "
                            + bootstrap
                            + " ("
                            + e.getMessage()
                            + "): check --bootstrap-servers (kafka.bootstrapServers) and that the"
                            + " cluster is up");
        }
        if (infos == null || infos.isEmpty()) {
            throw new UserError("topic " + topic + " does not exist: " + ifMissing);
        }
        var partitions = new ArrayList<TopicPartition>();
        infos.forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        return partitions;
    }
}
