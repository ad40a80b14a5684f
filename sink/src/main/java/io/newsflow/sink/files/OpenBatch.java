package io.newsflow.sink.files;

import io.newsflow.config.SinkConfig;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The records of one Kafka partition read since its last commit, written to one temporary file per
 * {@code date=/lang=} directory. {@link #commit} makes them durable and renames them into place as
 * one batch; {@link #abort} throws them away so they are read again.
 */
final class OpenBatch {
    private final SinkLayout layout;
    private final FileWrites writes;
    private final String topic;
    private final int partition;
    private final long startOffset;
    private final Instant openedAt;
    private final Map<FilePartition, PartFile> files = new HashMap<>();
    private long lastOffset = -1;
    private long records;

    OpenBatch(
            SinkLayout layout,
            FileWrites writes,
            String topic,
            int partition,
            long startOffset,
            Instant openedAt) {
        this.layout = layout;
        this.writes = writes;
        this.topic = topic;
        this.partition = partition;
        this.startOffset = startOffset;
        this.openedAt = openedAt;
    }

    long startOffset() {
        return startOffset;
    }

    long records() {
        return records;
    }

    /** Appends a record at {@code offset} to the file of its directory. */
    void append(long offset, FilePartition where, byte[] json) throws IOException {
        PartFile file = files.get(where);
        if (file == null) {
            Path temp =
                    layout.tempDir(topic, partition)
                            .resolve(startOffset + "-" + UUID.randomUUID() + ".tmp");
            file = new PartFile(temp, layout.gzip(), writes);
            files.put(where, file);
        }
        file.append(json);
        lastOffset = offset;
        records++;
    }

    /** The offset after the last appended record, where the next batch starts. */
    long nextOffset() {
        return lastOffset < 0 ? startOffset : lastOffset + 1;
    }

    /** Whether a file reached its size or record limit, or the batch its age limit. */
    boolean shouldRoll(SinkConfig.Roll roll, Instant now) {
        if (records == 0) {
            return false;
        }
        if (!now.isBefore(openedAt.plus(roll.maxAge()))) {
            return true;
        }
        for (PartFile file : files.values()) {
            if (file.records() >= roll.maxRecords() || file.bytes() >= roll.maxBytes()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Makes every file durable, then renames each to its committed name. Only after the last rename
     * is the batch complete; a crash in between leaves an incomplete batch that recovery deletes,
     * so its records are written again.
     *
     * @return the committed files
     */
    List<Path> commit() throws IOException {
        if (records == 0) {
            return List.of();
        }
        var durable = new ArrayList<CompletableFuture<Void>>(files.size());
        for (PartFile file : files.values()) {
            durable.add(file.finish());
        }
        for (var file : durable) {
            awaitDurable(file);
        }
        // numbered in directory order, so a batch's iofn follow its files' paths
        var byDirectory = new TreeMap<String, PartFile>();
        files.forEach((where, file) -> byDirectory.put(where.relativePath(), file));
        int count = byDirectory.size();
        int index = 0;
        var committed = new ArrayList<Path>(count);
        try {
            for (var entry : byDirectory.entrySet()) {
                index++;
                var name =
                        new CommittedFile(
                                topic,
                                partition,
                                startOffset,
                                lastOffset,
                                index,
                                count,
                                layout.gzip());
                committed.add(layout.publish(entry.getValue().temp(), entry.getKey(), name));
            }
            layout.syncDirectories(byDirectory.keySet());
        } catch (IOException | RuntimeException e) {
            // Half a batch must not stay visible: its records are written again after recovery.
            for (Path file : committed) {
                try {
                    SinkLayout.delete(file);
                } catch (IOException ignored) {
                    // recovery deletes it as part of an incomplete batch
                }
            }
            throw e;
        }
        files.clear();
        return committed;
    }

    private static void awaitDurable(CompletableFuture<Void> file) throws IOException {
        try {
            file.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while committing a batch");
        }
    }

    /** Deletes the temporary files; the records are to be read again. */
    void abort() {
        files.values().forEach(PartFile::discard);
        files.clear();
    }
}
