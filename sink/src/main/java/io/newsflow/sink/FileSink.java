package io.newsflow.sink;

import io.newsflow.config.NewsflowConfig;
import io.newsflow.kafka.Topics;
import io.newsflow.sink.files.PartitionedWriter;
import io.newsflow.sink.files.Recovery;
import io.newsflow.sink.files.SinkLayout;
import io.newsflow.sink.files.UnreadableRecordException;
import io.newsflow.sink.files.WriteOutage;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The exactly-once file sink: consumes {@code news.articles.enriched} ({@code read_committed}) and
 * writes each record once into partitioned JSON Lines files ({@code out/date=…/lang=…/}).
 *
 * <p>Exactly once by construction, as Kafka's file connectors do it: records go to temporary files;
 * a commit fsyncs them and renames each atomically to a name holding topic, partition and offset
 * range; only then are offsets committed to Kafka, as a hint. On assignment the position is
 * recovered from the committed files (the source of truth; the group offset only counts when it is
 * further ahead, e.g. after old files were moved away), and temporaries and interrupted batches are
 * deleted. A process killed at any moment therefore restarts without loss or duplicates.
 *
 * <p>When the disk is full or the directory unwritable, the sink throws the open batches away,
 * rewinds to what is durable, pauses its partitions (staying in the group), reports the path once
 * and retries with backoff; it resumes by itself when writing works again.
 */
public final class FileSink implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(FileSink.class);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(60);

    private final NewsflowConfig config;
    private final String bootstrapServers;
    private final String topic;
    private final Clock clock;
    private final PartitionedWriter writer;
    private final WriteOutage outage = new WriteOutage();
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean closing = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private final AtomicLong appended = new AtomicLong();

    /**
     * Offset per owned partition below which every offset is in committed files, was skipped
     * (tombstone, unreadable) or holds no record for a read_committed consumer (a transaction's
     * control marker, an aborted transaction's records). Committed to the group as a hint.
     */
    private final Map<TopicPartition, Long> durable = new HashMap<>();

    private Consumer<byte[], byte[]> consumer;
    private boolean paused;

    public FileSink(NewsflowConfig config, String bootstrapServers, Topics topics) {
        this(config, bootstrapServers, topics, Clock.systemUTC());
    }

    FileSink(NewsflowConfig config, String bootstrapServers, Topics topics, Clock clock) {
        this.config = config;
        this.bootstrapServers = bootstrapServers;
        this.topic = topics.enriched().name();
        this.clock = clock;
        this.writer =
                new PartitionedWriter(
                        new SinkLayout(config.sink().outDir(), config.sink().gzip()),
                        topic,
                        config.sink(),
                        clock);
    }

    /**
     * Consumes and writes until {@link #close()} is called, then commits what is open and returns.
     * Runs on the caller's thread; a sink runs once.
     */
    public void run() {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("a FileSink runs once");
        }
        try {
            if (closing.get()) {
                return;
            }
            consumer =
                    new KafkaConsumer<>(SinkSettings.consumerProperties(config, bootstrapServers));
            try {
                consumer.subscribe(List.of(topic), new Rebalance());
                log.info(
                        "file sink: writing {} to {} (group {})",
                        topic,
                        writer.layout().root(),
                        config.sink().groupIdOr(config.kafka().applicationId()));
                while (!closing.get()) {
                    if (paused && outage.retryDue(clock.instant())) {
                        tryResume();
                    }
                    var records = consumer.poll(POLL);
                    if (!paused) {
                        write(records);
                    }
                    if (!paused) {
                        commit(() -> writer.commitDue());
                    }
                    if (!paused) {
                        commitSkipped();
                    }
                }
                if (!paused) {
                    commit(writer::commitAll);
                    commitSkipped();
                }
            } finally {
                writer.close();
                consumer.close(Duration.ofSeconds(10));
            }
            log.info(
                    "file sink: stopped after {} records written ({} unreadable skipped)",
                    written.get(),
                    skipped.get());
        } finally {
            stopped.countDown();
        }
    }

    /**
     * Stops the sink: {@link #run()} commits the records it holds and returns. Idempotent; safe
     * from any thread; waits up to a minute for the commit.
     */
    @Override
    public void close() {
        closing.set(true);
        if (started.get()) {
            try {
                if (!stopped.await(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                    log.warn("file sink: still committing after {}", CLOSE_WAIT);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Records this instance has put into committed files. */
    public long recordsWritten() {
        return written.get();
    }

    /**
     * Records appended to files, committed or not. Records read again after a write failure count
     * again, so {@code recordsAppended() - recordsWritten()} bounds what a crash now would re-read.
     */
    public long recordsAppended() {
        return appended.get();
    }

    /** Records skipped because their value is not a JSON object. */
    public long recordsSkipped() {
        return skipped.get();
    }

    private void write(Iterable<ConsumerRecord<byte[], byte[]>> records) {
        for (var record : records) {
            if (record.value() == null) {
                continue;
            }
            try {
                writer.append(
                        record.partition(),
                        record.offset(),
                        record.timestamp(),
                        record.headers(),
                        record.value());
                appended.incrementAndGet();
            } catch (UnreadableRecordException e) {
                skipped.incrementAndGet();
                log.warn(
                        "file sink: skipping {}-{}@{}: its value is not one JSON object ({}); it"
                                + " stays on the topic but is not written. Fix the producer that"
                                + " wrote it.",
                        record.topic(),
                        record.partition(),
                        record.offset(),
                        e.getMessage());
            } catch (IOException e) {
                stopWriting(e);
                return;
            }
        }
    }

    private interface CommitStep {
        Map<Integer, Long> run() throws IOException;
    }

    private void commit(CommitStep step) {
        Map<Integer, Long> committed;
        try {
            committed = step.run();
        } catch (IOException e) {
            stopWriting(e);
            return;
        }
        if (committed.isEmpty()) {
            return;
        }
        written.set(writer.recordsCommitted());
        if (outage.active()) {
            log.info(
                    "file sink: writing to {} again after {}; nothing was lost",
                    writer.layout().root(),
                    seconds(outage.recovered(clock.instant())));
        }
        var offsets = new HashMap<TopicPartition, OffsetAndMetadata>();
        committed.forEach(
                (partition, next) -> {
                    var tp = new TopicPartition(topic, partition);
                    long offset = covered(tp, next);
                    durable.put(tp, offset);
                    offsets.put(tp, new OffsetAndMetadata(offset));
                });
        commitOffsets(offsets);
    }

    /**
     * Moves the group offset of partitions with nothing open up to the consumer's position when the
     * position went past the committed files without a record to write: over the control marker of
     * a transaction an earlier commit holds (seen by a later poll when a poll ended right before
     * it) or an aborted transaction, or over skipped records. Without it a sink that has caught up
     * could keep showing a lag of one.
     */
    private void commitSkipped() {
        Map<TopicPartition, OffsetAndMetadata> offsets = null;
        for (var entry : durable.entrySet()) {
            long offset = covered(entry.getKey(), entry.getValue());
            if (offset > entry.getValue()) {
                entry.setValue(offset);
                if (offsets == null) {
                    offsets = new HashMap<>();
                }
                offsets.put(entry.getKey(), new OffsetAndMetadata(offset));
            }
        }
        if (offsets != null) {
            commitOffsets(offsets);
        }
    }

    /**
     * The offset up to which a partition is done, given that every offset below {@code next} is:
     * the consumer's position when the writer holds none of the partition's records uncommitted,
     * else {@code next}.
     *
     * <p>A transaction ends with a control marker after its last record, which a read_committed
     * consumer never returns but its position skips (as it skips aborted records). The last written
     * record + 1 is that marker's offset, so committing it would leave the group a lag of one per
     * partition forever; the position is past it.
     *
     * <p>The position covers only records the writer has seen: this runs on the poll thread, which
     * owns the consumer and hands every record a poll returns to the writer before it commits or
     * polls again (rebalance callbacks run inside {@code poll}, before the consumer moves its
     * position past the records that poll returns). With no open batch left, each of those records
     * is in committed files or was skipped; with one, its records lie at or after {@code next}.
     */
    private long covered(TopicPartition tp, long next) {
        if (writer.hasOpenBatch(tp.partition())) {
            return next;
        }
        try {
            return Math.max(next, consumer.position(tp, Duration.ZERO));
        } catch (KafkaException | IllegalStateException e) {
            return next; // no valid position at hand (being validated, or not assigned)
        }
    }

    private void commitOffsets(Map<TopicPartition, OffsetAndMetadata> offsets) {
        try {
            consumer.commitSync(offsets);
        } catch (KafkaException e) {
            // The files hold the position; the group offset is only a hint for tools.
            log.debug("file sink: could not commit offsets {}: {}", offsets, e.toString());
        }
    }

    private void stopWriting(IOException e) {
        writer.abortAll();
        for (var entry : durable.entrySet()) {
            consumer.seek(entry.getKey(), entry.getValue());
        }
        consumer.pause(consumer.assignment());
        paused = true;
        if (outage.failed(clock.instant())) {
            log.error(
                    "file sink: cannot write to {}: {}. Paused consuming {} partition(s); nothing is"
                            + " lost: records are read again once writing works (retrying every"
                            + " 1-30 s). Free disk space or fix the directory's permissions.",
                    pathOf(e),
                    reason(e),
                    consumer.assignment().size());
        } else {
            log.debug("file sink: still cannot write to {}: {}", pathOf(e), reason(e));
        }
    }

    private void tryResume() {
        try {
            writer.layout().probe();
            seekToRecovered(consumer.assignment());
        } catch (IOException e) {
            outage.failed(clock.instant());
            log.debug("file sink: still cannot write to {}: {}", pathOf(e), reason(e));
            return;
        }
        consumer.resume(consumer.paused());
        paused = false;
        log.info("file sink: {} is writable again, resuming", writer.layout().root());
    }

    /**
     * Recovers the given partitions' position from the committed files and the group offsets and
     * seeks there.
     */
    private void seekToRecovered(Collection<TopicPartition> assigned) throws IOException {
        var ours = new ArrayList<Integer>();
        for (var tp : assigned) {
            if (tp.topic().equals(topic)) {
                ours.add(tp.partition());
            }
        }
        if (ours.isEmpty()) {
            return;
        }
        Recovery recovery = writer.recover(ours);
        if (!recovery.suspicious().isEmpty()) {
            log.warn(
                    "file sink: incomplete older batches left in place (not written by a crash;"
                            + " were files removed?): {}",
                    recovery.suspicious());
        }
        if (!recovery.garbage().isEmpty()) {
            log.info(
                    "file sink: deleted {} file(s) of batches a crash interrupted",
                    recovery.garbage().size());
        }
        Map<TopicPartition, OffsetAndMetadata> group = consumer.committed(Set.copyOf(assigned));
        var resumeAt = new TreeMap<Integer, Long>();
        for (var tp : assigned) {
            long fromFiles = recovery.nextOffset(tp.partition()).orElse(-1);
            OffsetAndMetadata fromGroup = group.get(tp);
            long target = Math.max(fromFiles, fromGroup == null ? -1 : fromGroup.offset());
            if (target >= 0) {
                consumer.seek(tp, target);
            }
            durable.put(tp, consumer.position(tp));
            resumeAt.put(tp.partition(), durable.get(tp));
        }
        log.info("file sink: {} partitions resume at {}", topic, resumeAt);
    }

    private static String reason(IOException e) {
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason() + " (" + e.getClass().getSimpleName() + ")";
        }
        return e.toString();
    }

    private static String seconds(Duration d) {
        return String.format("%.1f s", d.toMillis() / 1000.0);
    }

    private Object pathOf(IOException e) {
        if (e instanceof FileSystemException fse && fse.getFile() != null) {
            return fse.getFile();
        }
        return writer.layout().root();
    }

    /** Commits on revocation, throws away on loss, recovers on assignment. */
    private final class Rebalance implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            if (!paused) {
                commit(() -> writer.commit(partitionsOf(partitions)));
            }
            forget(partitions);
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            forget(partitions);
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            if (partitions.isEmpty()) {
                return;
            }
            if (paused) {
                consumer.pause(partitions);
                return; // the retry recovers every assigned partition
            }
            try {
                seekToRecovered(partitions);
            } catch (IOException e) {
                stopWriting(e);
            }
        }

        private void forget(Collection<TopicPartition> partitions) {
            for (var tp : partitions) {
                writer.abort(tp.partition());
                durable.remove(tp);
            }
        }

        private List<Integer> partitionsOf(Collection<TopicPartition> partitions) {
            return partitions.stream()
                    .filter(tp -> tp.topic().equals(topic))
                    .map(TopicPartition::partition)
                    .toList();
        }
    }
}
