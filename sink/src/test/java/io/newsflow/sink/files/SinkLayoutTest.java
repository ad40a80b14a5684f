package io.newsflow.sink.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SinkLayoutTest {
    private static final String NAME =
            "news.articles.enriched+3+00000000000000000000+00000000000000000002+1of1.jsonl";

    @TempDir Path out;

    @Test
    void committedFilesAreFoundEverywhereButInTheTemporaryDirectory() throws Exception {
        Path committed = Files.createDirectories(out.resolve("date=2025-02-22/lang=id"));
        Files.writeString(committed.resolve(NAME), "{}\n");
        Path temporary = Files.createDirectories(out.resolve(SinkLayout.TEMP_DIR).resolve("x+3"));
        Files.writeString(temporary.resolve(NAME), "{}\n");
        Files.writeString(committed.resolve("notes.txt"), "not a committed file");

        try (Stream<Path> files = new SinkLayout(out, false).committedFiles()) {
            assertThat(files).containsExactly(committed.resolve(NAME));
        }
    }

    @Test
    void filesVanishingMidWalkAreSkippedNotFailedOn() throws Exception {
        // Another instance deleting an interrupted batch, or a job moving old dates away, removes
        // files while this one walks the tree; the walk must carry on without them.
        Path dir = Files.createDirectories(out.resolve("date=2025-08-19/lang=id"));
        for (int i = 0; i < 200; i++) {
            Files.writeString(dir.resolve(name(1, i)), "{}\n");
        }
        var stop = new AtomicBoolean();
        var deleter =
                new Thread(
                        () -> {
                            for (int i = 0; !stop.get(); i++) {
                                Path file = dir.resolve(name(2, i));
                                try {
                                    Files.writeString(file, "{}\n");
                                    Files.delete(file);
                                } catch (IOException e) {
                                    throw new UncheckedIOException(e);
                                }
                            }
                        });
        deleter.start();
        var layout = new SinkLayout(out, false);
        try {
            for (int walk = 0; walk < 2_000; walk++) {
                try (Stream<Path> files = layout.committedFiles()) {
                    assertThat(files.filter(f -> f.getFileName().toString().contains("+1+")))
                            .hasSize(200);
                }
            }
        } finally {
            stop.set(true);
            deleter.join();
        }
    }

    private static String name(int partition, long offset) {
        return new CommittedFile("t", partition, offset, offset, 1, 1, false).fileName();
    }

    @Test
    void anAbsentRootHasNoCommittedFiles() throws Exception {
        try (Stream<Path> files = new SinkLayout(out.resolve("absent"), false).committedFiles()) {
            assertThat(files).isEmpty();
        }
    }
}
