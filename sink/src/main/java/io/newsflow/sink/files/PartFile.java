package io.newsflow.sink.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CompletableFuture;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * One temporary JSON Lines file being written: records are appended, then the file is finished
 * (gzip trailer written, fsynced, closed) before it may be renamed into place. The bytes reach the
 * disk through the writer's I/O thread ({@link FileWrites}). {@link #bytes()} counts the JSON Lines
 * bytes appended, before any compression.
 */
final class PartFile {
    private static final int GZIP_BUFFER = 64 * 1024;

    private final Path temp;
    private final FileWrites.Target target;
    private final FastGzip gzip;
    private final OutputStream gzipInput;
    private long records;
    private long bytes;
    private CompletableFuture<Void> finished;

    PartFile(Path temp, boolean gzip, FileWrites writes) throws IOException {
        this.temp = temp;
        this.target =
                writes.target(
                        FileChannel.open(
                                temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
        if (gzip) {
            this.gzip = new FastGzip(new TargetStream(target));
            this.gzipInput = new BufferedOutputStream(this.gzip, GZIP_BUFFER);
        } else {
            this.gzip = null;
            this.gzipInput = null;
        }
    }

    Path temp() {
        return temp;
    }

    /** Appends one JSON value, which must not contain a line break, and a newline. */
    void append(byte[] json) throws IOException {
        if (gzip != null) {
            gzipInput.write(json);
            gzipInput.write('\n');
        } else {
            target.append(json, 0, json.length);
            target.append('\n');
        }
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
            if (gzip != null) {
                gzipInput.flush();
                gzip.finish(); // writes the trailer through to the target
                gzip.end();
            }
            finished = target.finish();
        }
        return finished;
    }

    /** Closes and deletes the file, for a batch that will not be committed. */
    void discard() {
        if (gzip != null) {
            gzip.end(); // frees the compressor's native memory
        }
        target.discard();
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // a leftover temporary file is removed when the partition is next assigned
        }
    }

    /** The compressor's output, handed to the I/O thread. */
    private static final class TargetStream extends OutputStream {
        private final FileWrites.Target target;

        TargetStream(FileWrites.Target target) {
            this.target = target;
        }

        @Override
        public void write(int b) throws IOException {
            target.append(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            target.append(b, off, len);
        }
    }

    /**
     * gzip at the fastest level: on news JSON it compresses to ~16% instead of ~11% at the default
     * level, at several times the speed, which keeps a streaming sink ahead of its input.
     * Recompress downstream when archiving.
     */
    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(OutputStream out) throws IOException {
            super(out, GZIP_BUFFER);
            def.setLevel(Deflater.BEST_SPEED);
        }

        void end() {
            def.end();
        }
    }
}
