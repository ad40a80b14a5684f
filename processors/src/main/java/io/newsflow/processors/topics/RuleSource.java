package io.newsflow.processors.topics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the taxonomy and rule files are read from: the resources built into newsflow, or a
 * directory with the same layout that an operator maintains.
 */
public interface RuleSource {
    /** The text of a file by its relative name, e.g. {@code rules/en.rules}; empty if absent. */
    Optional<String> read(String name);

    /** Where the files come from, for messages. */
    String describe();

    /** The files shipped in {@code io/newsflow/processors/topics/} on the classpath. */
    static RuleSource builtIn() {
        String base = "/io/newsflow/processors/topics/";
        return new RuleSource() {
            @Override
            public Optional<String> read(String name) {
                try (InputStream in = RuleSource.class.getResourceAsStream(base + name)) {
                    return in == null
                            ? Optional.empty()
                            : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read built-in topic file " + name, e);
                }
            }

            @Override
            public String describe() {
                return "classpath:" + base;
            }
        };
    }

    /** Files under a directory, e.g. the {@code topics.rulesDirectory} configuration option. */
    static RuleSource directory(Path dir) {
        return new RuleSource() {
            @Override
            public Optional<String> read(String name) {
                Path file = dir.resolve(name);
                if (!Files.isRegularFile(file)) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read topic file " + file, e);
                }
            }

            @Override
            public String describe() {
                return dir.toString();
            }
        };
    }
}
