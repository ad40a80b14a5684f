package io.newsflow.app.commands;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.newsflow.app.UserError;
import io.newsflow.config.NewsflowConfig;
import io.newsflow.kafka.DeadLetterHeaders;
import io.newsflow.kafka.Topics;
import io.newsflow.processors.identity.IdentityStep;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Sends dead letters back to {@code news.articles.raw} once their cause is fixed, each marked with
 * {@link IdentityStep#REDELIVER_HEADER} so that an article the identity ledger already remembers
 * (it failed in a later step) is enriched instead of dropped as a duplicate of itself. The position
 * is kept in the consumer group {@value #GROUP} ({@link #group} with {@code --stage}): a second run
 * sends only dead letters that arrived since, so running it twice does not enrich an article twice.
 * Runs with different {@code --stage} sets keep different positions: do not redeliver the same
 * letters both with and without a filter. Stops at the end of {@code news.dlq} as it was when the
 * command started.
 */
@Command(
        name = "redeliver",
        mixinStandardHelpOptions = true,
        description =
                "Send the dead letters of news.dlq back to news.articles.raw, marked as redeliveries,"
                        + " after fixing what made them fail. Continues where the last run stopped;"
                        + " stops at the end of news.dlq.")
public final class RedeliverCommand implements Callable<Integer> {
    static final String GROUP = "newsflow-redeliver";

    @Mixin ConfigOptions options;

    @Spec CommandSpec spec;

    @Option(
            names = "--stage",
            paramLabel = "STAGE",
            description =
                    "Only dead letters of this stage (e.g. detect-language, tag-entities, parse);"
                            + " repeatable. Default: every stage. Each set of stages keeps its own"
                            + " position. Dead letters without a value (stage write) are never"
                            + " sent.")
    List<String> stages;

    @Option(
            names = "--dry-run",
            description = "Print what would be sent and send nothing (the position is not moved).")
    boolean dryRun;

    @Override
    public Integer call() {
        NewsflowConfig config = options.load();
        Topics topics = ConfigOptions.topics(config);
        String bootstrap = ConfigOptions.clientBootstrap(config);
        PrintWriter out = spec.commandLine().getOut();
        Result result =
                redeliver(
                        config,
                        bootstrap,
                        topics,
                        stages == null ? List.of() : stages,
                        dryRun,
                        out);
        out.printf(
                "%s %d dead letters to %s; skipped %d (other stages or no value)%n",
                dryRun ? "would redeliver" : "redelivered",
                result.sent(),
                topics.raw().name(),
                result.skipped());
        out.flush();
        return 0;
    }

    /**
     * The consumer group that keeps the position: one per set of stages. A run with {@code --stage}
     * passes over the other stages' letters; moving a shared position past them would leave them
     * behind for good, so a filtered run keeps its own.
     */
    static String group(List<String> stages) {
        return stages.isEmpty() ? GROUP : GROUP + "-" + String.join("+", new TreeSet<>(stages));
    }

    /** What one run did. */
    record Result(long sent, long skipped) {}

    static Result redeliver(
            NewsflowConfig config,
            String bootstrap,
            Topics topics,
            List<String> stages,
            boolean dryRun,
            PrintWriter out) {
        String dlq = topics.dlq().name();
        var consumerProps = new Properties();
        consumerProps.putAll(config.kafka().properties());
        consumerProps.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        consumerProps.put(ConsumerConfig.GROUP_ID_CONFIG, group(stages));
        consumerProps.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        consumerProps.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        var producerProps = new Properties();
        producerProps.putAll(config.kafka().properties());
        producerProps.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        producerProps.put(ProducerConfig.ACKS_CONFIG, "all");
        producerProps.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        long sent = 0;
        long skipped = 0;
        try (var consumer =
                        new KafkaConsumer<>(
                                consumerProps,
                                new ByteArrayDeserializer(),
                                new ByteArrayDeserializer());
                var producer =
                        new KafkaProducer<>(
                                producerProps,
                                new ByteArraySerializer(),
                                new ByteArraySerializer())) {
            List<TopicPartition> partitions =
                    ConfigOptions.partitionsOf(consumer, dlq, bootstrap, "nothing to redeliver");
            consumer.assign(partitions);
            Map<TopicPartition, OffsetAndMetadata> committed =
                    consumer.committed(new java.util.HashSet<>(partitions));
            for (TopicPartition p : partitions) {
                OffsetAndMetadata at = committed.get(p);
                if (at == null) {
                    consumer.seekToBeginning(List.of(p));
                } else {
                    consumer.seek(p, at.offset());
                }
            }
            // read_committed: the last stable offset, so an open transaction is not waited for
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long lastProgress = System.nanoTime();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                var positions = new HashMap<TopicPartition, OffsetAndMetadata>();
                for (ConsumerRecord<byte[], byte[]> record :
                        consumer.poll(Duration.ofMillis(500))) {
                    var partition = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() >= end.get(partition)) {
                        continue; // arrived after the start: the next run's
                    }
                    positions.put(partition, new OffsetAndMetadata(record.offset() + 1));
                    String stage = header(record, DeadLetterHeaders.STAGE);
                    if (record.value() == null || !(stages.isEmpty() || stages.contains(stage))) {
                        skipped++;
                        continue;
                    }
                    String from = dlq + "-" + record.partition() + "@" + record.offset();
                    if (dryRun) {
                        out.printf(
                                "would redeliver key=%s stage=%s from %s%n",
                                record.key() == null ? null : new String(record.key(), UTF_8),
                                stage,
                                from);
                    } else {
                        var headers = new RecordHeaders();
                        headers.add(IdentityStep.REDELIVER_HEADER, from.getBytes(UTF_8));
                        producer.send(
                                new ProducerRecord<>(
                                        topics.raw().name(),
                                        null,
                                        record.key(),
                                        record.value(),
                                        headers));
                    }
                    sent++;
                }
                if (!dryRun && !positions.isEmpty()) {
                    producer.flush(); // sent before the position moves past them: none is lost
                    consumer.commitSync(positions);
                }
                if (!positions.isEmpty()) {
                    lastProgress = System.nanoTime();
                } else if (System.nanoTime() - lastProgress > Duration.ofSeconds(60).toNanos()) {
                    throw new UserError(
                            "no progress reading " + dlq + " for 60 s; is the cluster reachable?");
                }
            }
        }
        return new Result(sent, skipped);
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), UTF_8);
    }
}
