package io.newsflow.sink.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
    void anAbsentRootHasNoCommittedFiles() throws Exception {
        try (Stream<Path> files = new SinkLayout(out.resolve("absent"), false).committedFiles()) {
            assertThat(files).isEmpty();
        }
    }
}
