package io.newsflow.sink.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileWritesTest {
    @TempDir Path dir;

    @Test
    void interleavedAppendsOfEverySizeReachEachFileInOrderPlainOrCompressed() throws Exception {
        var random = new Random(3);
        try (var writes = new FileWrites()) {
            Path a = dir.resolve("a");
            Path b = dir.resolve("b");
            var targetA = writes.target(open(a), false);
            var targetB = writes.target(open(b), true);
            var expectedA = new ByteArrayOutputStream();
            var expectedB = new ByteArrayOutputStream();
            // 40 MiB in all: more than the buffers in flight and than one background flush
            for (long total = 0; total < 40L * 1024 * 1024; ) {
                int size =
                        random.nextInt(10) == 0
                                ? random.nextInt(3 * FileWrites.CHUNK)
                                : random.nextInt(3000);
                byte[] bytes = new byte[size];
                random.nextBytes(bytes);
                boolean toA = random.nextBoolean();
                (toA ? targetA : targetB).append(bytes);
                (toA ? expectedA : expectedB).write(bytes);
                if (random.nextInt(50) == 0) {
                    (toA ? targetA : targetB).append(new byte[] {'\n'});
                    (toA ? expectedA : expectedB).write('\n');
                }
                total += size;
            }

            var doneA = targetA.finish();
            var doneB = targetB.finish();
            doneA.get(30, TimeUnit.SECONDS);
            doneB.get(30, TimeUnit.SECONDS);

            assertThat(Files.readAllBytes(a)).isEqualTo(expectedA.toByteArray());
            try (var gunzip = new GZIPInputStream(Files.newInputStream(b))) {
                assertThat(gunzip.readAllBytes()).isEqualTo(expectedB.toByteArray());
            }
        }
    }

    @Test
    void aWriteThatFailsOnTheIoThreadFailsTheFileNotTheOthers() throws Exception {
        try (var writes = new FileWrites()) {
            FileChannel broken = open(dir.resolve("broken"));
            var failing = writes.target(broken, false);
            var healthy = writes.target(open(dir.resolve("healthy")), true);
            broken.close(); // every write to it now fails on the I/O thread

            byte[] chunk = new byte[FileWrites.CHUNK];
            failing.append(chunk); // a full chunk: handed over at once
            healthy.append(chunk);

            // finish throws at once if the failure is already known, else its future fails
            assertThatThrownBy(() -> awaitFinish(failing))
                    .isInstanceOf(ClosedChannelException.class);
            assertThatThrownBy(() -> failing.append(new byte[1]))
                    .isInstanceOf(ClosedChannelException.class);
            healthy.finish().get(30, TimeUnit.SECONDS);
            try (var gunzip = new GZIPInputStream(Files.newInputStream(dir.resolve("healthy")))) {
                assertThat(gunzip.readAllBytes()).isEqualTo(chunk);
            }
        }
    }

    @Test
    void aDiscardedFileGetsNoMoreWritesAndIsClosed() throws Exception {
        try (var writes = new FileWrites()) {
            FileChannel channel = open(dir.resolve("dropped"));
            var target = writes.target(channel, false);
            int appended = 0;
            // one chunk's worth is handed over; the rest is still held when the file is discarded
            while (appended < FileWrites.CHUNK + 40_000) {
                target.append(new byte[1000]);
                appended += 1000;
            }

            target.discard();
            writes.close(); // waits for what was queued

            assertThat(channel.isOpen()).isFalse();
            assertThat(Files.size(dir.resolve("dropped"))).isLessThan(appended);
        }
    }

    private static void awaitFinish(FileWrites.Target target) throws Exception {
        try {
            target.finish().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw (Exception) e.getCause();
        }
    }

    private static FileChannel open(Path path) throws IOException {
        return FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }
}
