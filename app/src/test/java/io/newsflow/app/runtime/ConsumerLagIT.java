package io.newsflow.app.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.broker.TopicSpec;
import io.newsflow.broker.testing.TestKafka;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lag as the idle exit and the benchmarks read it, on a real broker. */
class ConsumerLagIT {
    @TempDir Path work;

    @Test
    void countsFromTheCommittedOffsetOrFromTheEarliestWhereTheGroupNeverCommitted()
            throws Exception {
        try (var kafka = TestKafka.start(work.resolve("broker"));
                Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            kafka.createTopics(
                    List.of(
                            TopicSpec.deleting("lag.a", 2, (short) 1),
                            TopicSpec.deleting("lag.b", 1, (short) 1)));
            for (int i = 0; i < 5; i++) {
                kafka.produceBytes("lag.a", new byte[] {0}, new byte[] {(byte) i}); // one partition
            }
            for (int i = 0; i < 4; i++) {
                kafka.produceBytes("lag.b", null, new byte[] {(byte) i});
            }
            var a = partitionWithRecords(admin, "lag.a");
            var b = new TopicPartition("lag.b", 0);
            // the group committed 2 of lag.a's 5 and never read lag.b, whose first record is gone
            admin.alterConsumerGroupOffsets("group", Map.of(a, new OffsetAndMetadata(2)))
                    .all()
                    .get();
            admin.deleteRecords(Map.of(b, RecordsToDelete.beforeOffset(1))).all().get();

            assertThat(ConsumerLag.of(admin, "group", "lag.a")).isEqualTo(3);
            assertThat(ConsumerLag.of(admin, "group", "lag.b")).isEqualTo(3);
            assertThat(ConsumerLag.of(admin, "group", List.of("lag.a", "lag.b"))).isEqualTo(6);
            assertThat(ConsumerLag.of(admin, "other", List.of("lag.a", "lag.b"))).isEqualTo(8);
        }
    }

    private static TopicPartition partitionWithRecords(Admin admin, String topic) throws Exception {
        for (int p = 0; p < 2; p++) {
            var partition = new TopicPartition(topic, p);
            long end =
                    admin.listOffsets(Map.of(partition, OffsetSpec.latest()))
                            .all()
                            .get()
                            .get(partition)
                            .offset();
            if (end > 0) {
                return partition;
            }
        }
        throw new AssertionError("no partition of " + topic + " holds the records");
    }
}
