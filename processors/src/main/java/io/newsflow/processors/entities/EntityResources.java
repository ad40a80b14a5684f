package io.newsflow.processors.entities;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The names of the entity resources shipped on the classpath beside this class, and how to read
 * them. Everything here is rebuilt by {@code scripts/build-gazetteer} and {@code
 * scripts/train-ner}.
 */
public final class EntityResources {
    static final String BASE = "/io/newsflow/processors/entities/";
    public static final String GAZETTEER_ID = "gazetteer.tsv";
    public static final String NER_MODEL_ID = "ner-id.bin";
    public static final String NER_PROVENANCE_ID = "ner-id-provenance.txt";
    public static final String TITLES_ID = "title-rules.tsv";
    public static final String STOPWORDS_ID = "name-stopwords.txt";

    private EntityResources() {}

    static InputStream open(String name) {
        InputStream in = EntityResources.class.getResourceAsStream(BASE + name);
        if (in == null) {
            throw new IllegalStateException(
                    "entity resource " + BASE + name + " missing from the classpath");
        }
        return in;
    }

    static String text(String name) {
        try (InputStream in = open(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read entity resource " + name, e);
        }
    }

    /** The {@code version: …} line of a provenance file. */
    static String versionOf(String provenance) {
        return provenance
                .lines()
                .filter(l -> l.startsWith("version: "))
                .map(l -> l.substring("version: ".length()).trim())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("provenance without version"));
    }
}
