package io.newsflow.app.runtime;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** How many records of some topics a consumer group has not yet committed past. */
public final class ConsumerLag {
    private ConsumerLag() {}

    /** The group's total lag on the topic; partitions it never committed count in full. */
    public static long of(Admin admin, String groupId, String topic) throws Exception {
        return of(admin, groupId, List.of(topic));
    }

    /**
     * The group's total lag over the topics, from one look at its committed offsets; partitions it
     * never committed count in full (from their earliest offset, asked for all of them at once).
     */
    public static long of(Admin admin, String groupId, Collection<String> topics) throws Exception {
        var latest = new HashMap<TopicPartition, OffsetSpec>();
        var descriptions = admin.describeTopics(topics).allTopicNames().get(10, TimeUnit.SECONDS);
        for (var topic : descriptions.values()) {
            for (var partition : topic.partitions()) {
                latest.put(
                        new TopicPartition(topic.name(), partition.partition()),
                        OffsetSpec.latest());
            }
        }
        var ends = admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS);
        Map<TopicPartition, OffsetAndMetadata> committed =
                admin.listConsumerGroupOffsets(groupId)
                        .partitionsToOffsetAndMetadata()
                        .get(10, TimeUnit.SECONDS);
        var neverCommitted = new HashMap<TopicPartition, OffsetSpec>();
        long lag = 0;
        for (var end : ends.entrySet()) {
            OffsetAndMetadata position = committed.get(end.getKey());
            if (position == null) {
                neverCommitted.put(end.getKey(), OffsetSpec.earliest());
            } else {
                lag += Math.max(0, end.getValue().offset() - position.offset());
            }
        }
        if (!neverCommitted.isEmpty()) {
            var earliest = admin.listOffsets(neverCommitted).all().get(10, TimeUnit.SECONDS);
            for (var start : earliest.entrySet()) {
                lag += Math.max(0, ends.get(start.getKey()).offset() - start.getValue().offset());
            }
        }
        return lag;
    }
}
