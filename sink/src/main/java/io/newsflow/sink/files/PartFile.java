package io.newsflow.sink.files;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CompletableFuture;

/**
 * One temporary JSON Lines file being written: records are appended, then the file is finished
 * (gzip trailer written, fsynced, closed) before it may be renamed into place. The bytes reach the
 * disk, compressed or not, through the writer's I/O thread ({@link FileWrites}). {@link #bytes()}
 * counts the JSON Lines bytes appended, before any compression.
 */
final class PartFile {
    private static final byte[] NEWLINE = {'\n'};

    private final Path temp;
    private final FileWrites.Target target;
    private long records;
    private long bytes;
    private CompletableFuture<Void> finished;

    PartFile(Path temp, boolean gzip, FileWrites writes) throws IOException {
        this.temp = temp;
        this.target =
                writes.target(
                        FileChannel.open(
                                temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                        gzip);
    }

    Path temp() {
        return temp;
    }

    /**
     * Appends one JSON value, which must not contain a line break, and a newline. The array is
     * written later from the I/O thread and must not change.
     */
    void append(byte[] json) throws IOException {
        target.append(json);
        target.append(NEWLINE);
        records++;
        bytes += json.length + 1;
    }

    long records() {
        return records;
    }

    long bytes() {
        return bytes;
    }

    /**
     * Hands the file's last bytes over and queues its fsync; the future completes once a crash can
     * no longer lose or truncate its bytes. Finish every file of a batch first and then wait, so
     * the fsyncs run back to back on the I/O thread.
     */
    CompletableFuture<Void> finish() throws IOException {
        if (finished == null) {
            finished = target.finish();
        }
        return finished;
    }

    /** Closes and deletes the file, for a batch that will not be committed. */
    void discard() {
        target.discard();
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // a leftover temporary file is removed when the partition is next assigned
        }
    }
}
