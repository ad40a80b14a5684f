package io.newsflow.sink.files;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.config.SinkConfig;
import io.newsflow.kafka.FilingHeaders;
import io.newsflow.sink.testing.Articles;
import io.newsflow.sink.testing.MutableClock;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartitionedWriterTest {
    private static final String TOPIC = "news.articles.enriched";
    private static final Instant DAY1 = Instant.parse("2025-08-19T10:00:00Z");
    private static final Instant DAY2 = Instant.parse("2025-08-20T10:00:00Z");

    @TempDir Path out;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

    @Test
    void commitsOneFilePerDateAndLanguageNamedByTheBatchOffsetRange() throws Exception {
        var writer = writer(SinkConfig.Roll.defaults(), false);
        writer.append(0, 10, 0, null, json("a", "id", DAY1));
        writer.append(0, 11, 0, null, json("b", "en", DAY1));
        writer.append(0, 12, 0, null, json("c", "id", DAY1));
        writer.append(0, 13, 0, null, json("d", null, DAY2));

        assertThat(writer.commitAll()).isEqualTo(Map.of(0, 14L));

        assertThat(committedNames())
                .containsExactly(
                        "date=2025-08-19/lang=en/" + name(10, 13, 1, 3),
                        "date=2025-08-19/lang=id/" + name(10, 13, 2, 3),
                        "date=2025-08-20/lang=und/" + name(10, 13, 3, 3));
        assertThat(lines(out.resolve("date=2025-08-19/lang=id/" + name(10, 13, 2, 3))))
                .extracting(
                        l ->
                                l.contains("\"articleId\":\"a\"")
                                        ? "a"
                                        : l.contains("\"articleId\":\"c\"") ? "c" : l)
                .containsExactly("a", "c");
        assertThat(writer.recordsCommitted()).isEqualTo(4);
        assertThat(temporaries()).isEmpty();
    }

    @Test
    void writesTheRecordBytesUnchangedOnePerLine() throws Exception {
        var writer = writer(SinkConfig.Roll.defaults(), false);
        byte[] original = json("a", "id", DAY1);
        writer.append(2, 0, 0, null, original);
        writer.commitAll();

        assertThat(
                        Files.readAllBytes(
                                out.resolve("date=2025-08-19/lang=id/" + name(2, 0, 0, 1, 1))))
                .isEqualTo(
                        (new String(original, StandardCharsets.UTF_8) + "\n")
                                .getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void keepsPrettyPrintedRecordsOnOneLine() throws Exception {
        var writer = writer(SinkConfig.Roll.defaults(), false);
        writer.append(
                0,
                0,
                0,
                null,
                "{\n  \"articleId\" : \"p\",\n  \"language\" : {\"code\":\"id\"}\n}"
                        .getBytes(StandardCharsets.UTF_8));
        writer.commitAll();

        assertThat(lines(single()))
                .containsExactly("{\"articleId\":\"p\",\"language\":{\"code\":\"id\"}}");
    }

    @Test
    void filesByTheProcessorsHeadersWithoutReadingTheJsonWhenTheyArePresent() throws Exception {
        var writer = writer(SinkConfig.Roll.defaults(), false);
        // The headers disagree with the value on purpose: they, not the JSON, must decide.
        var headers = new RecordHeaders();
        headers.add(FilingHeaders.FILING, "2025-08-20T10:00:00Z - ms".getBytes(UTF_8));
        byte[] original = json("h", "en", DAY1);
        writer.append(0, 0, 0, headers, original);
        writer.append(0, 1, 0, null, json("j", "en", DAY1));
        writer.commitAll();

        assertThat(committedNames())
                .containsExactly(
                        "date=2025-08-19/lang=en/" + name(0, 1, 1, 2),
                        "date=2025-08-20/lang=ms/" + name(0, 1, 2, 2));
        assertThat(Files.readAllBytes(out.resolve("date=2025-08-20/lang=ms/" + name(0, 1, 2, 2))))
                .isEqualTo((new String(original, UTF_8) + "\n").getBytes(UTF_8));
    }

    @Test
    void withHeadersAValueThatIsNotOneObjectIsStillRefusedAndLineBreaksStillFolded()
            throws Exception {
        var writer = writer(SinkConfig.Roll.defaults(), false);
        var headers = new RecordHeaders();
        headers.add(FilingHeaders.FILING, "2025-08-19T10:00:00Z - id".getBytes(UTF_8));

        assertThatThrownBy(() -> writer.append(0, 0, 0, headers, "[1]".getBytes(UTF_8)))
                .isInstanceOf(UnreadableRecordException.class);
        assertThatThrownBy(() -> writer.append(0, 0, 0, headers, "not json".getBytes(UTF_8)))
                .isInstanceOf(UnreadableRecordException.class);
        writer.append(0, 0, 0, headers, "{\n\"articleId\" : \"p\"\n}".getBytes(UTF_8));
        writer.commitAll();

        assertThat(lines(single())).containsExactly("{\"articleId\":\"p\"}");
    }

    @Test
    void withHeadersTwoObjectsOnTwoLinesAreRefusedNotCutToTheFirst() throws Exception {
        var writer = writer(SinkConfig.Roll.defaults(), false);
        var headers = new RecordHeaders();
        headers.add(FilingHeaders.FILING, "2025-08-19T10:00:00Z - id".getBytes(UTF_8));
        // A value with a line break is re-read to go on one line; reading stopped after the first
        // object and the second was dropped without a word. (A one-line value with the filing
        // header is trusted: only newsflow's processors set it; see docs/sinks.md.)
        String bad = "{\"a\":1}\n{\"b\":2}";
        assertThatThrownBy(() -> writer.append(0, 0, 0, headers, bad.getBytes(UTF_8)))
                .isInstanceOf(UnreadableRecordException.class);
        writer.append(0, 3, 0, headers, "{\"a\":1}".getBytes(UTF_8));
        writer.commitAll();

        assertThat(lines(single())).containsExactly("{\"a\":1}");
    }

    @Test
    void rollsWhenAFileReachesItsRecordLimit() throws Exception {
        var writer = writer(new SinkConfig.Roll(null, 3L, null), false);
        for (int offset = 0; offset < 2; offset++) {
            writer.append(0, offset, 0, null, json("r" + offset, "id", DAY1));
        }
        assertThat(writer.commitDue()).isEmpty();

        writer.append(0, 2, 0, null, json("r2", "id", DAY1));

        assertThat(writer.commitDue()).isEqualTo(Map.of(0, 3L));
        assertThat(committedNames()).containsExactly("date=2025-08-19/lang=id/" + name(0, 2, 1, 1));
    }

    @Test
    void rollsWhenAFileReachesItsSizeLimit() throws Exception {
        byte[] record = json("big", "id", DAY1);
        var writer = writer(new SinkConfig.Roll((long) record.length * 2, null, null), false);
        writer.append(1, 0, 0, null, record);
        assertThat(writer.commitDue()).isEmpty();

        writer.append(1, 1, 0, null, json("big2", "id", DAY1));

        assertThat(writer.commitDue()).isEqualTo(Map.of(1, 2L));
    }

    @Test
    void rollsWhenTheOldestRecordReachesTheAgeLimit() throws Exception {
        var writer = writer(new SinkConfig.Roll(null, null, Duration.ofSeconds(30)), false);
        writer.append(0, 5, 0, null, json("old", "id", DAY1));
        clock.advance(Duration.ofSeconds(29));
        writer.append(0, 6, 0, null, json("newer", "id", DAY1));
        assertThat(writer.commitDue()).isEmpty();

        clock.advance(Duration.ofSeconds(1));

        assertThat(writer.commitDue()).isEqualTo(Map.of(0, 7L));
    }

    @Test
    void eachKafkaPartitionRollsOnItsOwn() throws Exception {
        var writer = writer(new SinkConfig.Roll(null, 2L, null), false);
        writer.append(0, 0, 0, null, json("a", "id", DAY1));
        writer.append(1, 0, 0, null, json("b", "id", DAY1));
        writer.append(0, 1, 0, null, json("c", "id", DAY1));

        assertThat(writer.commitDue()).isEqualTo(Map.of(0, 2L));
        assertThat(writer.hasOpenBatches()).isTrue();
    }

    @Test
    void gzipFilesHoldTheSameLines() throws Exception {
        var writer = writer(SinkConfig.Roll.defaults(), true);
        writer.append(0, 0, 0, null, json("a", "id", DAY1));
        writer.append(0, 1, 0, null, json("b", "id", DAY1));
        writer.commitAll();

        Path file = single();
        assertThat(file.getFileName().toString()).endsWith(".jsonl.gz");
        assertThat(lines(file)).hasSize(2).allSatisfy(l -> assertThat(l).startsWith("{"));
    }

    @Test
    void abortLeavesNeitherCommittedNorTemporaryFiles() throws Exception {
        var writer = writer(SinkConfig.Roll.defaults(), false);
        writer.append(0, 0, 0, null, json("a", "id", DAY1));
        writer.append(0, 1, 0, null, json("b", "en", DAY1));

        writer.abortAll();

        assertThat(committedNames()).isEmpty();
        assertThat(temporaries()).isEmpty();
        assertThat(writer.commitAll()).isEmpty();
    }

    @Test
    void skipsValuesThatAreNotJsonObjectsWithoutWriting() throws Exception {
        var writer = writer(SinkConfig.Roll.defaults(), false);

        assertThatThrownBy(
                        () ->
                                writer.append(
                                        0, 0, 0, null, "not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableRecordException.class);
        assertThat(writer.hasOpenBatches()).isFalse();
    }

    @Test
    void failsLoudlyWhenTheDirectoryCannotBeWrittenAndWorksOnceItCan() throws Exception {
        var writer = writer(SinkConfig.Roll.defaults(), false);
        // A plain file where the temporary directory belongs: no directory can be made there,
        // even for root, which permission bits would not stop.
        Files.writeString(out.resolve(SinkLayout.TEMP_DIR), "blocked");

        assertThatThrownBy(() -> writer.append(0, 0, 0, null, json("a", "id", DAY1)))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> writer.layout().probe()).isInstanceOf(IOException.class);
        writer.abortAll();

        Files.delete(out.resolve(SinkLayout.TEMP_DIR));
        writer.layout().probe();
        writer.append(0, 0, 0, null, json("a", "id", DAY1));

        assertThat(writer.commitAll()).isEqualTo(Map.of(0, 1L));
    }

    @Test
    void aFailedRenameTakesBackTheFilesAlreadyPublished() throws Exception {
        var writer = writer(SinkConfig.Roll.defaults(), false);
        writer.append(0, 0, 0, null, json("a", "en", DAY1));
        writer.append(0, 1, 0, null, json("b", "id", DAY1));
        // The second file's directory cannot be created: a file stands where it would go.
        Files.createDirectories(out.resolve("date=2025-08-19"));
        Files.writeString(out.resolve("date=2025-08-19/lang=id"), "blocked");

        assertThatThrownBy(writer::commitAll).isInstanceOf(IOException.class);
        writer.abortAll();

        assertThat(committedNames()).isEmpty();
        assertThat(temporaries()).isEmpty();
    }

    private PartitionedWriter writer(SinkConfig.Roll roll, boolean gzip) {
        var config = SinkConfig.defaults().withOutDir(out).withRoll(roll).withGzip(gzip);
        return new PartitionedWriter(new SinkLayout(out, gzip), TOPIC, config, clock);
    }

    private static byte[] json(String id, String lang, Instant published) {
        return Articles.json(Articles.simple(id, lang, published));
    }

    private static String name(long start, long end, int index, int count) {
        return name(0, start, end, index, count);
    }

    private static String name(int partition, long start, long end, int index, int count) {
        return new CommittedFile(TOPIC, partition, start, end, index, count, false).fileName();
    }

    private List<String> committedNames() throws IOException {
        try (Stream<Path> files = new SinkLayout(out, false).committedFiles()) {
            return files.map(p -> out.relativize(p).toString()).sorted().toList();
        }
    }

    private Path single() throws IOException {
        try (Stream<Path> files = new SinkLayout(out, false).committedFiles()) {
            return files.reduce(
                            (a, b) -> {
                                throw new AssertionError("more than one file: " + a + ", " + b);
                            })
                    .orElseThrow();
        }
    }

    private List<Path> temporaries() throws IOException {
        Path temp = out.resolve(SinkLayout.TEMP_DIR);
        if (!Files.isDirectory(temp)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(temp)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    static List<String> lines(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        InputStream in = new ByteArrayInputStream(bytes);
        if (file.getFileName().toString().endsWith(".gz")) {
            in = new GZIPInputStream(in);
        }
        var text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        var lines = new ArrayList<String>(List.of(text.split("\n")));
        lines.removeIf(String::isEmpty);
        return lines;
    }
}
