package io.newsflow.config;

import java.nio.file.Path;

/** Where and how the file sink writes enriched records. */
public record SinkConfig(Path outDir) implements ConfigPart {
    public SinkConfig {
        outDir = outDir == null ? Path.of("out") : outDir;
    }

    public static SinkConfig defaults() {
        return new SinkConfig(null);
    }

    public SinkConfig withOutDir(Path dir) {
        return new SinkConfig(dir);
    }

    @Override
    public void validate(String path, Problems problems) {}
}
