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
     * never committed count in full.
     */
    public static long of(Admin admin, String groupId, Collection<String> topics) throws Exception {
        var latest = new HashMap<TopicPartition, OffsetSpec>();
        admin.describeTopics(topics)
                .allTopicNames()
                .get(10, TimeUnit.SECONDS)
                .forEach(
                        (topic, description) ->
                                description
                                        .partitions()
                                        .forEach(
                                                p ->
                                                        latest.put(
                                                                new TopicPartition(
                                                                        topic, p.partition()),
                                                                OffsetSpec.latest())));
        var ends = admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS);
        Map<TopicPartition, OffsetAndMetadata> committed =
                admin.listConsumerGroupOffsets(groupId)
                        .partitionsToOffsetAndMetadata()
                        .get(10, TimeUnit.SECONDS);
        long lag = 0;
        for (var end : ends.entrySet()) {
            OffsetAndMetadata c = committed.get(end.getKey());
            long position = c == null ? earliest(admin, end.getKey()) : c.offset();
            lag += Math.max(0, end.getValue().offset() - position);
        }
        return lag;
    }

    private static long earliest(Admin admin, TopicPartition partition) throws Exception {
        return admin.listOffsets(Map.of(partition, OffsetSpec.earliest()))
                .all()
                .get(10, TimeUnit.SECONDS)
                .get(partition)
                .offset();
    }
}
