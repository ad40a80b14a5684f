package io.newsflow.ingest.poll;

import io.newsflow.kafka.Topics;
import io.newsflow.model.FeedSpec;
import io.newsflow.model.FeedState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.CooperativeStickyAssignor;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which feeds this instance polls: a member of the consumer group over {@code news.feeds}. Each
 * owned partition is read from its beginning (the topic is the catalog, offsets are never
 * committed) and its feeds handed to the {@link FeedPoller} with their remembered state from the
 * same partition of {@code news.feeds.state}. A partition given away is first drained: its feeds
 * leave the poller, running polls finish and their states are flushed, and only then does the group
 * hand it on — so two instances never poll the same feed at once.
 */
final class FeedAssignment implements Runnable, ConsumerRebalanceListener {
    private static final Logger log = LoggerFactory.getLogger(FeedAssignment.class);

    private final KafkaConsumer<String, byte[]> consumer;
    private final String bootstrapServers;
    private final Map<String, String> clientProperties;
    private final Topics topics;
    private final FeedPoller poller;
    private final StateSink states;
    private final Duration drainTimeout;
    private final Map<Integer, Set<String>> feedsByPartition = new HashMap<>();
    private final Map<String, FeedState> loadedStates = new HashMap<>();
    private volatile boolean running = true;

    FeedAssignment(
            String bootstrapServers,
            Map<String, String> clientProperties,
            String groupId,
            Topics topics,
            FeedPoller poller,
            StateSink states,
            Duration drainTimeout) {
        this.bootstrapServers = bootstrapServers;
        this.clientProperties = clientProperties;
        this.topics = topics;
        this.poller = poller;
        this.states = states;
        this.drainTimeout = drainTimeout;
        var props = new HashMap<String, Object>(clientProperties);
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.putIfAbsent(
                ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG,
                CooperativeStickyAssignor.class.getName());
        props.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "newsflow-poller-feeds");
        this.consumer =
                new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
    }

    @Override
    public void run() {
        try {
            consumer.subscribe(List.of(topics.feeds().name()), this);
            while (running) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    apply(r);
                }
            }
        } catch (WakeupException e) {
            if (running) {
                throw e;
            }
        } catch (RuntimeException e) {
            log.error(
                    "feed assignment stopped: {} — this instance polls no feeds until restarted",
                    e.toString(),
                    e);
        } finally {
            consumer.close(Duration.ofSeconds(10));
        }
    }

    private void apply(ConsumerRecord<String, byte[]> r) {
        String feedId = r.key();
        if (feedId == null) {
            return;
        }
        feedsByPartition.computeIfAbsent(r.partition(), p -> new HashSet<>()).add(feedId);
        if (r.value() == null) {
            poller.remove(List.of(feedId));
            return;
        }
        FeedSpec spec;
        try {
            spec = topics.feeds().valueSerde().deserializer().deserialize(r.topic(), r.value());
        } catch (RuntimeException e) {
            log.error(
                    "feed={} unreadable record in {} at partition {} offset {}: {} — re-import the feed",
                    feedId,
                    r.topic(),
                    r.partition(),
                    r.offset(),
                    e.getMessage());
            return;
        }
        poller.upsert(spec, loadedStates.remove(feedId));
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        if (partitions.isEmpty()) {
            return;
        }
        var numbers = partitions.stream().map(TopicPartition::partition).toList();
        loadStates(numbers);
        consumer.seekToBeginning(partitions);
        log.info(
                "poller now owns {} partitions {} of {}",
                numbers.size(),
                numbers,
                topics.feeds().name());
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        giveAway(partitions, true);
    }

    @Override
    public void onPartitionsLost(Collection<TopicPartition> partitions) {
        giveAway(partitions, false);
    }

    private void giveAway(Collection<TopicPartition> partitions, boolean flush) {
        if (partitions.isEmpty()) {
            return;
        }
        Set<String> leaving = new HashSet<>();
        for (TopicPartition tp : partitions) {
            Set<String> ids = feedsByPartition.remove(tp.partition());
            if (ids != null) {
                leaving.addAll(ids);
            }
        }
        poller.remove(leaving);
        if (!poller.awaitIdle(leaving, drainTimeout)) {
            log.warn(
                    "polls of {} released feeds still running after {}",
                    leaving.size(),
                    drainTimeout);
        }
        if (flush) {
            states.flush();
        }
        if (!leaving.isEmpty()) {
            log.info("poller gave away {} feeds of partitions {}", leaving.size(), partitions);
        } else {
            log.debug("poller gave away partitions {} (no feeds in them)", partitions);
        }
    }

    /** Remembered states of the feeds in these partitions (same key, same partitioning). */
    private void loadStates(List<Integer> feedPartitions) {
        try (var reader = TopicReader.consumer(bootstrapServers, clientProperties)) {
            String stateTopic = topics.feedState().name();
            List<Integer> stateParts = TopicReader.partitions(reader, stateTopic);
            List<Integer> feedParts = TopicReader.partitions(reader, topics.feeds().name());
            Collection<Integer> toRead =
                    stateParts.size() == feedParts.size() ? feedPartitions : stateParts;
            var found = new HashMap<String, FeedState>();
            TopicReader.readToEnd(
                    reader,
                    stateTopic,
                    new ArrayList<>(toRead),
                    Duration.ofSeconds(60),
                    (key, value) -> {
                        if (key == null) {
                            return;
                        }
                        if (value == null) {
                            found.remove(key);
                            return;
                        }
                        try {
                            found.put(
                                    key,
                                    topics.feedState()
                                            .valueSerde()
                                            .deserializer()
                                            .deserialize(stateTopic, value));
                        } catch (RuntimeException e) {
                            log.warn(
                                    "feed={} unreadable state record skipped: {}",
                                    key,
                                    e.getMessage());
                        }
                    });
            loadedStates.putAll(found);
            log.debug("loaded {} feed states from {}", found.size(), stateTopic);
        }
    }

    void close() {
        running = false;
        consumer.wakeup();
    }
}
