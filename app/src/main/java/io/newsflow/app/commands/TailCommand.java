package io.newsflow.app.commands;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.config.NewsflowConfig;
import io.newsflow.kafka.Json;
import io.newsflow.kafka.Topic;
import io.newsflow.kafka.Topics;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Prints a topic's records as JSON lines, like {@code kcat -C}, committed records only. */
@Command(
        name = "tail",
        mixinStandardHelpOptions = true,
        description =
                "Print the records of a topic as JSON lines (committed records only)."
                        + " TOPIC is a full name or one of: feeds, state, raw, identity, enriched, dlq.")
public final class TailCommand implements Callable<Integer> {
    @Mixin ConfigOptions options;

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TOPIC")
    String topic;

    @Option(
            names = "--from-beginning",
            description = "Start at the oldest record instead of new ones.")
    boolean fromBeginning;

    @Option(names = "--max", paramLabel = "N", description = "Stop after N records.")
    Long max;

    @Option(
            names = "--idle-timeout",
            paramLabel = "DURATION",
            converter = DurationConverter.class,
            description =
                    "Stop when no record arrived for this long (e.g. 5s). Default: wait forever.")
    Duration idleTimeout;

    @Option(
            names = "--envelope",
            description =
                    "Print {topic, partition, offset, timestamp, key, headers, value} per record (handy for news.dlq).")
    boolean envelope;

    @Override
    public Integer call() {
        NewsflowConfig config = options.load();
        String name = resolve(ConfigOptions.topics(config), topic);
        var props = new Properties();
        props.putAll(config.kafka().properties());
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, ConfigOptions.clientBootstrap(config));
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "newsflow-tail");
        PrintWriter out = spec.commandLine().getOut();
        long printed = 0;
        try (var consumer =
                new KafkaConsumer<>(
                        props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions =
                    ConfigOptions.partitionsOf(
                            consumer,
                            name,
                            ConfigOptions.clientBootstrap(config),
                            "newsflow creates its topics at start: run `newsflow run` or `newsflow replay` first");
            consumer.assign(partitions);
            if (fromBeginning) {
                consumer.seekToBeginning(partitions);
            } else {
                consumer.seekToEnd(partitions);
            }
            long lastRecord = System.nanoTime();
            while (max == null || printed < max) {
                var records = consumer.poll(Duration.ofMillis(500));
                for (var record : records) {
                    out.println(envelope ? envelope(record) : text(record.value()));
                    lastRecord = System.nanoTime();
                    printed++;
                    if (max != null && printed >= max) {
                        break;
                    }
                }
                out.flush();
                if (idleTimeout != null && System.nanoTime() - lastRecord > idleTimeout.toNanos()) {
                    break;
                }
            }
        }
        return 0;
    }

    public static String resolve(Topics topics, String nameOrAlias) {
        Topic<?, ?> t =
                switch (nameOrAlias) {
                    case "feeds" -> topics.feeds();
                    case "state" -> topics.feedState();
                    case "raw" -> topics.raw();
                    case "identity" -> topics.identity();
                    case "enriched" -> topics.enriched();
                    case "dlq" -> topics.dlq();
                    default -> null;
                };
        return t == null ? nameOrAlias : t.name();
    }

    private static String text(byte[] bytes) {
        return bytes == null ? "null" : new String(bytes, UTF_8);
    }

    private static String envelope(ConsumerRecord<byte[], byte[]> record) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("topic", record.topic());
        node.put("partition", record.partition());
        node.put("offset", record.offset());
        node.put("timestamp", record.timestamp());
        node.put("key", record.key() == null ? null : text(record.key()));
        ObjectNode headers = node.putObject("headers");
        record.headers()
                .forEach(h -> headers.put(h.key(), h.value() == null ? null : text(h.value())));
        node.put("value", record.value() == null ? null : text(record.value()));
        return node.toString();
    }
}
