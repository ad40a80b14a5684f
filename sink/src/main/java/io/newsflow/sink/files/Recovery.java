package io.newsflow.sink.files;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where each Kafka partition stands according to the committed files, which are the sink's source
 * of truth: the offset after the last complete batch. Files of a batch that a crash left incomplete
 * (some {@code NofM} missing) and that lie at or after that position are garbage: their records are
 * read and written again, so they are deleted. An incomplete batch below a complete one cannot come
 * from a crash (batches commit one after another); it is reported, never deleted.
 *
 * @param nextOffsets the offset to resume from, per partition that has complete batches
 * @param garbage files of interrupted batches, to delete before writing resumes
 * @param suspicious files of incomplete batches older than a complete one, left alone
 */
public record Recovery(Map<Integer, Long> nextOffsets, List<Path> garbage, List<Path> suspicious) {

    public Recovery {
        nextOffsets = Map.copyOf(nextOffsets);
        garbage = List.copyOf(garbage);
        suspicious = List.copyOf(suspicious);
    }

    public OptionalLong nextOffset(int partition) {
        Long next = nextOffsets.get(partition);
        return next == null ? OptionalLong.empty() : OptionalLong.of(next);
    }

    /** Reads the committed files of the given partitions of a topic. */
    public static Recovery scan(SinkLayout layout, String topic, Collection<Integer> partitions)
            throws IOException {
        Set<Integer> wanted = Set.copyOf(partitions);
        Map<CommittedFile.Batch, List<Path>> files = new HashMap<>();
        Map<CommittedFile.Batch, Set<Integer>> indexes = new HashMap<>();
        try (var stream = layout.committedFiles()) {
            for (Path path : (Iterable<Path>) stream::iterator) {
                var file = CommittedFile.parse(path.getFileName().toString()).orElseThrow();
                if (!file.topic().equals(topic) || !wanted.contains(file.partition())) {
                    continue;
                }
                files.computeIfAbsent(file.batch(), b -> new ArrayList<>()).add(path);
                indexes.computeIfAbsent(file.batch(), b -> new TreeSet<>()).add(file.index());
            }
        }
        var next = new HashMap<Integer, Long>();
        for (var batch : files.keySet()) {
            if (indexes.get(batch).size() == batch.count()) {
                next.merge(batch.partition(), batch.endOffset() + 1, Math::max);
            }
        }
        var garbage = new ArrayList<Path>();
        var suspicious = new ArrayList<Path>();
        for (var entry : files.entrySet()) {
            var batch = entry.getKey();
            if (indexes.get(batch).size() == batch.count()) {
                continue;
            }
            long resume = next.getOrDefault(batch.partition(), 0L);
            (batch.startOffset() >= resume ? garbage : suspicious).addAll(entry.getValue());
        }
        garbage.sort(null);
        suspicious.sort(null);
        return new Recovery(next, garbage, suspicious);
    }

    /**
     * Deletes the files of interrupted batches.
     *
     * @throws IOException naming the file that could not be deleted; writing must not resume, as
     *     the batch's records would otherwise be in the files twice
     */
    public void deleteGarbage() throws IOException {
        for (Path file : garbage) {
            SinkLayout.delete(file);
        }
    }
}
