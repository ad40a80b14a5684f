package io.newsflow.broker;

import io.newsflow.config.KafkaConfig;
import io.newsflow.kafka.Topic;
import io.newsflow.kafka.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates newsflow's topics up front and waits until every partition answers offset queries before
 * anyone produces. The wait is the mitigation for KAFKA-15591 (4.3.1 brokers): an idempotent
 * producer writing right after topic creation can silently lose its first batch.
 */
public final class TopicAdmin implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(TopicAdmin.class);

    private final Admin admin;
    private final String bootstrapServers;

    public TopicAdmin(String bootstrapServers, Map<String, ?> clientProperties) {
        this.bootstrapServers = bootstrapServers;
        var props = new HashMap<String, Object>(clientProperties);
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.putIfAbsent(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
        this.admin = Admin.create(props);
    }

    private ClusterUnreachableException unreachable(String topic, Throwable cause) {
        return new ClusterUnreachableException(
                "cannot reach Kafka at "
                        + bootstrapServers
                        + " to create topic "
                        + topic
                        + " ("
                        + cause.getMessage()
                        + "): check --bootstrap-servers (kafka.bootstrapServers), that the cluster"
                        + " is up, and that it has enough brokers for the replication factor",
                cause);
    }

    /** The specs of all of newsflow's own topics under this configuration. */
    public static List<TopicSpec> specs(Topics topics, KafkaConfig kafka) {
        var specs = new ArrayList<TopicSpec>();
        for (Topic<?, ?> topic : topics.all()) {
            specs.add(
                    topic.compacted()
                            ? TopicSpec.compacted(
                                    topic.name(), kafka.partitions(), kafka.replicationFactor())
                            : TopicSpec.deleting(
                                    topic.name(), kafka.partitions(), kafka.replicationFactor()));
        }
        return specs;
    }

    /**
     * Creates the topics that do not exist yet, then waits until all partitions of all of them
     * answer {@code listOffsets}. Existing topics are left as they are (a partition count that
     * differs from the spec is logged, never changed behind the operator's back).
     */
    public void ensureTopics(Collection<TopicSpec> specs, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        var newTopics =
                specs.stream()
                        .map(
                                s ->
                                        new NewTopic(
                                                        s.name(),
                                                        s.partitions(),
                                                        s.replicationFactor())
                                                .configs(s.configs()))
                        .toList();
        var results = admin.createTopics(newTopics).values();
        for (var entry : results.entrySet()) {
            try {
                entry.getValue().get(remaining(deadline), TimeUnit.MILLISECONDS);
                log.debug("created topic {}", entry.getKey());
            } catch (ExecutionException e) {
                if (e.getCause() instanceof org.apache.kafka.common.errors.TimeoutException) {
                    // the admin's own deadline (default.api.timeout.ms) comes first
                    throw unreachable(entry.getKey(), e.getCause());
                }
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException(
                            "cannot create topic "
                                    + entry.getKey()
                                    + ": "
                                    + e.getCause().getMessage(),
                            e.getCause());
                }
            } catch (TimeoutException e) {
                throw unreachable(entry.getKey(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while creating topics", e);
            }
        }
        awaitPartitionsReady(specs, deadline);
    }

    private void awaitPartitionsReady(Collection<TopicSpec> specs, long deadline) {
        Set<String> names =
                specs.stream().map(TopicSpec::name).collect(java.util.stream.Collectors.toSet());
        Exception last = null;
        while (System.nanoTime() < deadline) {
            try {
                Map<String, TopicDescription> described =
                        admin.describeTopics(names)
                                .allTopicNames()
                                .get(remaining(deadline), TimeUnit.MILLISECONDS);
                var latest = new HashMap<TopicPartition, OffsetSpec>();
                for (TopicSpec spec : specs) {
                    TopicDescription d = described.get(spec.name());
                    if (d.partitions().size() != spec.partitions()) {
                        log.warn(
                                "topic {} has {} partitions, configuration says {}; leaving it as it is",
                                spec.name(),
                                d.partitions().size(),
                                spec.partitions());
                    }
                    d.partitions()
                            .forEach(
                                    p ->
                                            latest.put(
                                                    new TopicPartition(spec.name(), p.partition()),
                                                    OffsetSpec.latest()));
                }
                admin.listOffsets(latest).all().get(remaining(deadline), TimeUnit.MILLISECONDS);
                return;
            } catch (ExecutionException | TimeoutException e) {
                last = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for topics", e);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for topics", e);
            }
        }
        throw new IllegalStateException(
                "topics "
                        + names
                        + " did not become ready"
                        + (last == null ? "" : ": " + last.getMessage()));
    }

    private static long remaining(long deadline) {
        return Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
    }

    public Admin admin() {
        return admin;
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
