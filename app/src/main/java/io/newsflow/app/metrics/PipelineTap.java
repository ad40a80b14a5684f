package io.newsflow.app.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.newsflow.kafka.DeadLetterHeaders;
import io.newsflow.kafka.Topics;
import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.IdentityEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds {@link PipelineMeters} from what the processors committed: a {@code read_committed}
 * consumer on {@code news.articles.enriched}, {@code news.articles.identity} and {@code news.dlq}.
 *
 * <p>Why a consumer and not a {@code peek} in the topology: it counts exactly what downstream
 * consumers see (a record of an aborted transaction, re-processed after a crash, is counted once),
 * its latency ends when a record becomes readable (after the transaction commit, which is what a
 * consumer waits for), and the topology and the steps stay free of Micrometer. The tap is a member
 * of its own consumer group ({@code <applicationId>-metrics}), so with several {@code process}
 * instances each counts a share of the partitions and the sum over instances is the total. It
 * starts at the end of the topics: counters cover what was published while the process ran.
 */
public final class PipelineTap implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(PipelineTap.class);

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final KafkaClientMetrics clientMetrics;
    private final PipelineMeters meters;
    private final Topics topics;
    private final CountDownLatch assigned = new CountDownLatch(1);
    private final Thread thread;
    private volatile boolean closed;

    public PipelineTap(
            String bootstrapServers,
            Map<String, String> clientProperties,
            String groupId,
            Topics topics,
            MeterRegistry registry) {
        this.topics = topics;
        this.meters = new PipelineMeters(registry);
        var props = new HashMap<String, Object>(clientProperties);
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "newsflow-metrics-tap");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, true);
        consumer =
                new KafkaConsumer<>(
                        props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        clientMetrics = new KafkaClientMetrics(consumer);
        clientMetrics.bindTo(registry);
        thread = new Thread(this::loop, "newsflow-metrics-tap");
        thread.setDaemon(true);
        thread.start();
    }

    /** Waits until the tap owns partitions, so records published from now on are counted. */
    public boolean awaitAssignment(Duration timeout) throws InterruptedException {
        return assigned.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void loop() {
        try {
            consumer.subscribe(
                    List.of(
                            topics.enriched().name(),
                            topics.identity().name(),
                            topics.dlq().name()),
                    new ConsumerRebalanceListener() {
                        @Override
                        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                            // Resolve "latest" now, not at the next fetch, so nothing published
                            // after this moment slips past the counters.
                            partitions.forEach(consumer::position);
                            assigned.countDown();
                        }

                        @Override
                        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {}
                    });
            while (!closed) {
                var records = consumer.poll(Duration.ofMillis(500));
                Instant visibleAt = Instant.now();
                for (var record : records) {
                    observe(record, visibleAt);
                }
            }
        } catch (WakeupException e) {
            // closing
        } catch (RuntimeException e) {
            log.warn(
                    "metrics tap stopped; newsflow_* pipeline series stay where they are: {}",
                    e.toString());
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    private void observe(ConsumerRecord<byte[], byte[]> record, Instant visibleAt) {
        String topic = record.topic();
        try {
            if (topic.equals(topics.enriched().name())) {
                EnrichedArticle article =
                        topics.enriched()
                                .valueSerde()
                                .deserializer()
                                .deserialize(topic, record.value());
                meters.enriched(article, visibleAt, Instant.ofEpochMilli(record.timestamp()));
            } else if (topic.equals(topics.identity().name())) {
                IdentityEvent event =
                        topics.identity()
                                .valueSerde()
                                .deserializer()
                                .deserialize(topic, record.value());
                meters.identity(event);
            } else if (topic.equals(topics.dlq().name())) {
                Header stage = record.headers().lastHeader(DeadLetterHeaders.STAGE);
                meters.deadLettered(
                        stage == null ? null : new String(stage.value(), StandardCharsets.UTF_8));
            }
        } catch (RuntimeException e) {
            meters.unreadable(topic);
            log.debug(
                    "metrics tap: unreadable record topic={} partition={} offset={}: {}",
                    topic,
                    record.partition(),
                    record.offset(),
                    e.toString());
        }
    }

    @Override
    public void close() throws InterruptedException {
        closed = true;
        consumer.wakeup();
        thread.join(5_000);
        clientMetrics.close();
    }
}
