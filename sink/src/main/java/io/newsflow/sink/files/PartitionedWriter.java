package io.newsflow.sink.files;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.newsflow.config.SinkConfig;
import io.newsflow.kafka.Json;
import io.newsflow.sink.article.FilingFields;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.header.Headers;

/**
 * Writes one topic's records into the partitioned file tree, with one open batch per Kafka
 * partition. Knows files, not Kafka: the caller feeds records with their partition and offset, asks
 * for due commits, and learns from each commit the offset the partition may resume from. Not
 * thread-safe; the sink's poll thread owns it (the system calls run on its own I/O thread, see
 * {@link FileWrites}). Close it to stop that thread.
 */
public final class PartitionedWriter implements AutoCloseable {
    private static final ObjectMapper MAPPER = Json.mapper();

    /**
     * Reads a value to re-write it on one line. readTree alone stops after the first value, which
     * would write only the first of {@code {"a":1}\n{"b":2}} and drop the rest without a word.
     */
    private static final ObjectReader ONE_VALUE =
            MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final SinkLayout layout;
    private final String topic;
    private final SinkConfig config;
    private final Clock clock;
    private final FileWrites writes = new FileWrites();
    private final Map<Integer, OpenBatch> open = new TreeMap<>();
    private long recordsCommitted;
    private long bytesAppended;

    public PartitionedWriter(SinkLayout layout, String topic, SinkConfig config, Clock clock) {
        this.layout = layout;
        this.topic = topic;
        this.config = config;
        this.clock = clock;
    }

    public SinkLayout layout() {
        return layout;
    }

    /**
     * Clears the temporaries and interrupted batches of the given partitions and tells where each
     * stands. Call it when partitions are assigned, before writing to them.
     */
    public Recovery recover(Collection<Integer> partitions) throws IOException {
        for (int partition : partitions) {
            abort(partition);
            layout.clearTemporaries(topic, partition);
        }
        Recovery recovery = Recovery.scan(layout, topic, partitions);
        recovery.deleteGarbage();
        return recovery;
    }

    /**
     * Appends one record to its partition's open batch, opening one at this offset if needed.
     *
     * @throws UnreadableRecordException when the value is not a JSON object; nothing was written
     * @throws IOException when the file cannot be written; the batch must then be aborted
     */
    public void append(int partition, long offset, long timestamp, Headers headers, byte[] value)
            throws IOException, UnreadableRecordException {
        FilingFields fields;
        byte[] line = value;
        try {
            fields = FilingFields.of(headers, value);
            if (!fields.singleLine()) {
                var tree = ONE_VALUE.readTree(value);
                if (tree == null || !tree.isObject()) {
                    throw new UnreadableRecordException("not a JSON object");
                }
                line = MAPPER.writeValueAsBytes(tree);
            }
        } catch (IOException e) {
            throw new UnreadableRecordException(e.getMessage());
        }
        var where = FilePartition.of(fields, config.dateField(), timestamp);
        OpenBatch batch =
                open.computeIfAbsent(
                        partition,
                        p -> new OpenBatch(layout, writes, topic, p, offset, clock.instant()));
        batch.append(offset, where, line);
        bytesAppended += line.length + 1;
    }

    /** Commits the batches whose roll limit is reached; returns partition → resume offset. */
    public Map<Integer, Long> commitDue() throws IOException {
        var due = new ArrayList<Integer>();
        var now = clock.instant();
        for (var entry : open.entrySet()) {
            if (entry.getValue().shouldRoll(config.roll(), now)) {
                due.add(entry.getKey());
            }
        }
        return commit(due);
    }

    /** Commits the open batches of the given partitions; returns partition → resume offset. */
    public Map<Integer, Long> commit(Collection<Integer> partitions) throws IOException {
        var committed = new HashMap<Integer, Long>();
        for (int partition : partitions) {
            OpenBatch batch = open.get(partition);
            if (batch == null) {
                continue;
            }
            List<Path> files = batch.commit();
            open.remove(partition);
            recordsCommitted += batch.records();
            committed.put(partition, batch.nextOffset());
            if (files.isEmpty()) {
                committed.remove(partition);
            }
        }
        return committed;
    }

    /** Commits every open batch. */
    public Map<Integer, Long> commitAll() throws IOException {
        return commit(List.copyOf(open.keySet()));
    }

    /** Throws away a partition's open batch; its records must be read again. */
    public void abort(int partition) {
        OpenBatch batch = open.remove(partition);
        if (batch != null) {
            batch.abort();
        }
    }

    public void abortAll() {
        open.values().forEach(OpenBatch::abort);
        open.clear();
    }

    /** Throws away the open batches and stops the I/O thread. */
    @Override
    public void close() {
        abortAll();
        writes.close();
    }

    /** Whether any record is written but not yet committed. */
    public boolean hasOpenBatches() {
        return !open.isEmpty();
    }

    /** Whether the partition has records written but not yet committed. */
    public boolean hasOpenBatch(int partition) {
        return open.containsKey(partition);
    }

    /** Records in committed files since this writer was made. */
    public long recordsCommitted() {
        return recordsCommitted;
    }

    /** Bytes of JSON Lines appended (uncompressed), committed or not. */
    public long bytesAppended() {
        return bytesAppended;
    }
}
