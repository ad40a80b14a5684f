package io.newsflow.sink.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * The writer's I/O threads. The poll thread hands over the records' own byte arrays, about 64 KiB
 * at a time, without copying them; the I/O thread copies them into its buffer or compresses them
 * (gzip files) and makes the {@code write} system calls, in the order given, while a flush thread
 * makes the files written so far durable ({@code fdatasync}) every {@value #FLUSH_EVERY} bytes, so
 * that a commit's fsync finds little left to do. The poll thread therefore spends its time fetching
 * and filing records, not waiting on the kernel, and writing to the page cache does not wait for
 * the disk.
 *
 * <p>At most {@value #IN_FLIGHT} hand-overs (about 16 MiB of records, held by reference) wait at a
 * time; a poll thread that gets further ahead blocks. A failed write is kept with its file and
 * thrown to the poll thread by the file's next {@link Target#append append} or {@link Target#finish
 * finish}; nothing is lost, because a batch whose file failed is never committed.
 */
final class FileWrites implements AutoCloseable {
    /** About this many bytes of records are handed to the I/O thread at a time. */
    static final int CHUNK = 64 * 1024;

    private static final int IN_FLIGHT = 256;

    /** After this many bytes written since the last flush, the written files are flushed. */
    private static final long FLUSH_EVERY = 16L * 1024 * 1024;

    private final ThreadPoolExecutor thread = daemon("file-sink-io");
    private final ThreadPoolExecutor flusher = daemon("file-sink-flush");
    private final Semaphore inFlight = new Semaphore(IN_FLIGHT);

    // Confined to the I/O thread.
    private final Set<Target> unflushed = new LinkedHashSet<>();
    private final ByteBuffer buffer = ByteBuffer.allocateDirect(4 * CHUNK);
    private final ByteBuffer staged = ByteBuffer.allocate(4 * CHUNK); // input of the compressors
    private long bytesSinceFlush;
    private CompletableFuture<Void> flushing = CompletableFuture.completedFuture(null);

    private static ThreadPoolExecutor daemon(String name) {
        var executor =
                new ThreadPoolExecutor(
                        1,
                        1,
                        5,
                        TimeUnit.SECONDS,
                        new LinkedBlockingQueue<>(),
                        r -> {
                            var t = new Thread(r, name);
                            t.setDaemon(true);
                            return t;
                        });
        // an idle sink (or a writer a test forgot) keeps no thread
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }

    /**
     * A file written through this thread; with {@code gzip} the bytes appended are compressed on
     * the I/O thread too, so the poll thread does the same work either way.
     */
    Target target(FileChannel channel, boolean gzip) {
        return new Target(channel, gzip);
    }

    /** Waits for every queued write and stops the thread. */
    @Override
    public void close() {
        thread.shutdown();
        try {
            thread.awaitTermination(60, TimeUnit.SECONDS);
            flusher.shutdown();
            flusher.awaitTermination(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Runs on the I/O thread after each write: every {@value #FLUSH_EVERY} bytes, the files written
     * since the last flush are flushed on the flush thread, so that the disk works while this
     * thread goes on writing. A flush still running is not waited for; its files are flushed by the
     * next one.
     */
    private void flushIfDue(Target written, int bytes) {
        unflushed.add(written);
        bytesSinceFlush += bytes;
        if (bytesSinceFlush < FLUSH_EVERY || !flushing.isDone()) {
            return;
        }
        bytesSinceFlush = 0;
        List<Target> batch = List.copyOf(unflushed);
        unflushed.clear();
        flushing = CompletableFuture.runAsync(() -> batch.forEach(Target::flush), flusher);
    }

    /** Runs on the I/O thread: a file's fsync must not run beside a flush of it. */
    private void awaitFlush() {
        flushing.join();
    }

    /**
     * One file: the poll thread appends bytes and finally finishes or discards it; the writes and
     * the fsync happen on the I/O thread, in order.
     */
    final class Target {
        private final FileChannel channel;
        private final boolean gzip;
        private byte[][] pending = new byte[64][];
        private int pendingCount;
        private int pendingBytes;
        private volatile IOException failure;
        private volatile boolean discarded;
        private FastGzip encoder; // made and used on the I/O thread only

        private Target(FileChannel channel, boolean gzip) {
            this.channel = channel;
            this.gzip = gzip;
        }

        /**
         * Appends an array, which must not change afterwards: it is written later, from the I/O
         * thread. About every {@value #CHUNK} bytes the arrays are handed over.
         */
        void append(byte[] bytes) throws IOException {
            throwIfFailed();
            if (pendingCount == pending.length) {
                pending = Arrays.copyOf(pending, pendingCount * 2);
            }
            pending[pendingCount++] = bytes;
            pendingBytes += bytes.length;
            if (pendingBytes >= CHUNK) {
                submit();
            }
        }

        /**
         * Hands the last bytes over and queues the fsync and close; the returned future completes
         * when the file is durable and closed, or with the write's failure.
         */
        CompletableFuture<Void> finish() throws IOException {
            throwIfFailed();
            if (pendingCount > 0) {
                submit();
            }
            var done = new CompletableFuture<Void>();
            thread.execute(
                    () -> {
                        try {
                            // a flush's failure is reported once per descriptor: take it first
                            awaitFlush();
                            if (failure != null) {
                                throw failure;
                            }
                            if (gzip) {
                                encoder().finish(); // the compressor's last bytes and trailer
                                encoder.flush();
                                encoder.end();
                            }
                            channel.force(true);
                            channel.close();
                            done.complete(null);
                        } catch (IOException | RuntimeException e) {
                            failure = e instanceof IOException io ? io : new IOException(e);
                            closeQuietly();
                            done.completeExceptionally(failure);
                        } finally {
                            unflushed.remove(this);
                        }
                    });
            return done;
        }

        /** Drops what is queued and closes the file; the caller deletes it. */
        void discard() {
            discarded = true;
            Arrays.fill(pending, 0, pendingCount, null);
            pendingCount = 0;
            pendingBytes = 0;
            try {
                thread.execute(
                        () -> {
                            unflushed.remove(this);
                            closeQuietly();
                        });
            } catch (RuntimeException e) {
                closeQuietly(); // the thread is shut down
            }
        }

        /** Runs on the flush thread. */
        private void flush() {
            if (failure != null || discarded || !channel.isOpen()) {
                return;
            }
            try {
                channel.force(false);
            } catch (IOException e) {
                if (!discarded && channel.isOpen()) {
                    failure = e; // a discarded file may be closed under a flush
                }
            }
        }

        /**
         * Runs on the I/O thread. Gathers the arrays into one buffer and writes it out whenever it
         * is full: for a plain file with {@code write} calls from the direct buffer, for a gzip
         * file through the compressor, which then gets a few large inputs rather than two per
         * record (the record and its newline, each a native deflate call).
         */
        private void writeOut(byte[][] arrays, int count) throws IOException {
            ByteBuffer into = gzip ? staged : buffer;
            for (int i = 0; i < count; i++) {
                byte[] bytes = arrays[i];
                for (int at = 0; at < bytes.length; ) {
                    int n = Math.min(bytes.length - at, into.remaining());
                    into.put(bytes, at, n);
                    at += n;
                    if (!into.hasRemaining()) {
                        writeBuffer(into);
                    }
                }
            }
            writeBuffer(into);
        }

        private void writeBuffer(ByteBuffer gathered) throws IOException {
            gathered.flip();
            try {
                if (gzip) {
                    encoder().write(gathered.array(), 0, gathered.limit());
                } else {
                    while (gathered.hasRemaining()) {
                        channel.write(gathered);
                    }
                }
            } finally {
                gathered.clear();
            }
        }

        private FastGzip encoder() throws IOException {
            if (encoder == null) {
                encoder =
                        new FastGzip(
                                new BufferedOutputStream(Channels.newOutputStream(channel), CHUNK));
            }
            return encoder;
        }

        private void submit() throws IOException {
            byte[][] arrays = pending;
            int count = pendingCount;
            int bytes = pendingBytes;
            pending = new byte[Math.max(64, count)][];
            pendingCount = 0;
            pendingBytes = 0;
            try {
                inFlight.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while writing " + channel);
            }
            thread.execute(
                    () -> {
                        try {
                            if (failure == null && !discarded) {
                                writeOut(arrays, count);
                                flushIfDue(this, bytes);
                            }
                        } catch (IOException e) {
                            failure = e;
                        } finally {
                            inFlight.release();
                        }
                    });
        }

        private void throwIfFailed() throws IOException {
            IOException e = failure;
            if (e != null) {
                throw e;
            }
        }

        private void closeQuietly() {
            if (encoder != null) {
                encoder.end(); // frees the compressor's native memory
            }
            try {
                channel.close();
            } catch (IOException ignored) {
                // the file is being thrown away or has already failed
            }
        }
    }

    /**
     * gzip at the fastest level: on news JSON it compresses to ~16% instead of ~11% at the default
     * level, at several times the speed, which keeps a streaming sink ahead of its input.
     * Recompress downstream when archiving.
     */
    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(OutputStream out) throws IOException {
            super(out, CHUNK);
            def.setLevel(Deflater.BEST_SPEED);
        }

        void end() {
            def.end();
        }
    }
}
