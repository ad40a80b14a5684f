package io.newsflow.sink.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.config.SinkConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryTest {
    private static final String TOPIC = "news.articles.enriched";

    @TempDir Path out;

    @Test
    void resumesAfterTheLastCompleteBatchOfEachPartition() throws Exception {
        file("date=2025-08-19/lang=id", 0, 0, 99, 1, 2);
        file("date=2025-08-19/lang=en", 0, 0, 99, 2, 2);
        file("date=2025-08-19/lang=id", 0, 100, 180, 1, 1);
        file("date=2025-08-20/lang=id", 1, 0, 49, 1, 1);

        var recovery = Recovery.scan(layout(), TOPIC, List.of(0, 1, 2));

        assertThat(recovery.nextOffset(0)).isEqualTo(OptionalLong.of(181));
        assertThat(recovery.nextOffset(1)).isEqualTo(OptionalLong.of(50));
        assertThat(recovery.nextOffset(2)).isEmpty();
        assertThat(recovery.garbage()).isEmpty();
    }

    @Test
    void treatsABatchWithMissingFilesAsInterruptedAndDeletesIt() throws Exception {
        file("date=2025-08-19/lang=id", 0, 0, 99, 1, 1);
        Path half1 = file("date=2025-08-19/lang=en", 0, 100, 180, 1, 3);
        Path half3 = file("date=2025-08-20/lang=id", 0, 100, 180, 3, 3);

        var recovery = Recovery.scan(layout(), TOPIC, List.of(0));

        assertThat(recovery.nextOffset(0)).isEqualTo(OptionalLong.of(100));
        assertThat(recovery.garbage()).containsExactlyInAnyOrder(half1, half3);

        recovery.deleteGarbage();

        assertThat(half1).doesNotExist();
        assertThat(half3).doesNotExist();
        assertThat(Recovery.scan(layout(), TOPIC, List.of(0)).garbage()).isEmpty();
    }

    @Test
    void aGarbageFileThatCannotBeDeletedFailsWithACheckedIOExceptionNamingIt() throws Exception {
        file("date=2025-08-19/lang=id", 0, 0, 99, 1, 1);
        Path half = file("date=2025-08-19/lang=en", 0, 100, 180, 1, 2);
        var recovery = Recovery.scan(layout(), TOPIC, List.of(0));
        // Between scan and delete the file became a non-empty directory, which no delete removes,
        // not even root's. The sink pauses and retries on an IOException; an unchecked one used to
        // escape its poll loop and stop it.
        Files.delete(half);
        Files.createDirectories(half).resolve("inside").toFile().createNewFile();

        assertThatThrownBy(recovery::deleteGarbage)
                .isInstanceOf(IOException.class)
                .hasMessageContaining(half.toString());
    }

    @Test
    void aFirstBatchCutShortLeavesNoPosition() throws Exception {
        Path half = file("date=2025-08-19/lang=id", 4, 0, 10, 1, 2);

        var recovery = Recovery.scan(layout(), TOPIC, List.of(4));

        assertThat(recovery.nextOffset(4)).isEmpty();
        assertThat(recovery.garbage()).containsExactly(half);
    }

    @Test
    void leavesOlderIncompleteBatchesAloneAndReportsThem() throws Exception {
        Path orphan = file("date=2025-08-19/lang=id", 0, 0, 99, 1, 2);
        file("date=2025-08-19/lang=id", 0, 100, 120, 1, 1);

        var recovery = Recovery.scan(layout(), TOPIC, List.of(0));

        assertThat(recovery.nextOffset(0)).isEqualTo(OptionalLong.of(121));
        assertThat(recovery.garbage()).isEmpty();
        assertThat(recovery.suspicious()).containsExactly(orphan);
    }

    @Test
    void looksOnlyAtItsOwnTopicAndPartitions() throws Exception {
        file("date=2025-08-19/lang=id", 0, 0, 99, 1, 1);
        Path otherPartitionHalf = file("date=2025-08-19/lang=id", 1, 0, 10, 1, 2);
        Files.createDirectories(out.resolve("date=2025-08-19/lang=id"));
        Files.writeString(
                out.resolve("date=2025-08-19/lang=id")
                        .resolve(
                                new CommittedFile("other.topic", 0, 0, 500, 1, 1, false)
                                        .fileName()),
                "{}\n");

        var recovery = Recovery.scan(layout(), TOPIC, List.of(0));

        assertThat(recovery.nextOffset(0)).isEqualTo(OptionalLong.of(100));
        assertThat(recovery.garbage()).isEmpty();
        assertThat(otherPartitionHalf).exists();
    }

    @Test
    void recoveringPartitionsClearsTheirTemporariesOnly() throws Exception {
        file("date=2025-08-19/lang=id", 0, 0, 9, 1, 1);
        Path mine =
                Files.createDirectories(out.resolve("_temporary/" + TOPIC + "+0"))
                        .resolve("10-x.tmp");
        Path theirs =
                Files.createDirectories(out.resolve("_temporary/" + TOPIC + "+1"))
                        .resolve("3-y.tmp");
        Files.writeString(mine, "{\"partial\":");
        Files.writeString(theirs, "{\"partial\":");
        var writer =
                new PartitionedWriter(
                        layout(), TOPIC, SinkConfig.defaults().withOutDir(out), Clock.systemUTC());

        var recovery = writer.recover(List.of(0));

        assertThat(recovery.nextOffset(0)).isEqualTo(OptionalLong.of(10));
        assertThat(mine).doesNotExist();
        assertThat(theirs).exists();
    }

    private SinkLayout layout() {
        return new SinkLayout(out, false);
    }

    private Path file(String dir, int partition, long start, long end, int index, int count)
            throws Exception {
        Path directory = Files.createDirectories(out.resolve(dir));
        Path file =
                directory.resolve(
                        new CommittedFile(TOPIC, partition, start, end, index, count, false)
                                .fileName());
        Files.writeString(file, "{}\n");
        return file.toAbsolutePath().normalize();
    }
}
