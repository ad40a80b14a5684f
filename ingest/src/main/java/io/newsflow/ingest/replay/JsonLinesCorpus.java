package io.newsflow.ingest.replay;

import io.newsflow.kafka.JsonSerde;
import io.newsflow.model.RawArticle;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A JSON Lines stream of {@link RawArticle}s (a file, or standard input). Blank lines are skipped;
 * a line that is not a valid article is rejected with its line number.
 */
public final class JsonLinesCorpus implements Corpus {
    private static final JsonSerde<RawArticle> SERDE = new JsonSerde<>(RawArticle.class);

    private final String name;
    private final Supplier<BufferedReader> open;

    public JsonLinesCorpus(String name, Supplier<BufferedReader> open) {
        this.name = name;
        this.open = open;
    }

    public static JsonLinesCorpus of(java.nio.file.Path file) {
        return new JsonLinesCorpus(
                file.toString(),
                () -> {
                    try {
                        return java.nio.file.Files.newBufferedReader(file, StandardCharsets.UTF_8);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot open " + file, e);
                    }
                });
    }

    @Override
    public String describe() {
        return name;
    }

    @Override
    public void forEach(Consumer<RawArticle> sink, Consumer<Rejected> rejects) {
        try (BufferedReader reader = open.get()) {
            String line;
            long number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                RawArticle article;
                try {
                    article = SERDE.deserialize(name, line.getBytes(StandardCharsets.UTF_8));
                } catch (RuntimeException e) {
                    rejects.accept(new Rejected(name + ":" + number, e.getMessage()));
                    continue;
                }
                sink.accept(article);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
