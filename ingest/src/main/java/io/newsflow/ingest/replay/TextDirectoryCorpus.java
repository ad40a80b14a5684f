package io.newsflow.ingest.replay;

import io.newsflow.model.Origin;
import io.newsflow.model.RawArticle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A directory of UTF-8 {@code .txt} files, one article each: the first non-blank line is the title,
 * the rest the text. The feed id is {@code replay:<directory name>} and the GUID the file name, so
 * replaying the same directory again yields the same article ids.
 */
public final class TextDirectoryCorpus implements Corpus {
    private final Path directory;

    public TextDirectoryCorpus(Path directory) {
        this.directory = directory;
    }

    @Override
    public String describe() {
        return directory.toString();
    }

    @Override
    public void forEach(Consumer<RawArticle> sink, Consumer<Rejected> rejects) {
        String feedId = "replay:" + directory.toAbsolutePath().normalize().getFileName();
        for (Path file : textFiles()) {
            String text;
            try {
                // A strict decoder: a file in another encoding is rejected, not silently mangled.
                text =
                        StandardCharsets.UTF_8
                                .newDecoder()
                                .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                                .toString();
            } catch (CharacterCodingException e) {
                rejects.accept(
                        new Rejected(
                                file.toString(), "not valid UTF-8 — convert it with iconv first"));
                continue;
            } catch (IOException e) {
                rejects.accept(new Rejected(file.toString(), "cannot read: " + e.getMessage()));
                continue;
            }
            String stripped = text.strip();
            if (stripped.isEmpty()) {
                rejects.accept(new Rejected(file.toString(), "empty file"));
                continue;
            }
            String[] parts = stripped.split("\\R", 2);
            sink.accept(
                    RawArticle.builder()
                            .feedId(feedId)
                            .sourceName(
                                    directory.toAbsolutePath().normalize().getFileName().toString())
                            .guid(file.getFileName().toString())
                            .title(parts[0].strip())
                            .content(parts.length > 1 ? parts[1].strip() : null)
                            .origin(Origin.REPLAY)
                            .build());
        }
    }

    private List<Path> textFiles() {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(
                            f ->
                                    f.getFileName().toString().endsWith(".txt")
                                            && Files.isRegularFile(f))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }
}
