package io.newsflow.processors.entities;

import io.newsflow.model.EntityType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * The statistical layer: an OpenNLP name finder (trained by {@code scripts/train-ner}) proposing
 * PERSON, ORGANIZATION and LOCATION spans the gazetteer does not know. The model is shared; {@link
 * NameFinderME} keeps per-document state and is not thread-safe, so each thread gets its own.
 */
final class NameFinder {
    private final String version;
    private final ThreadLocal<NameFinderME> finder;

    NameFinder(TokenNameFinderModel model, String version) {
        this.version = version;
        this.finder = ThreadLocal.withInitial(() -> new NameFinderME(model));
    }

    /** The Indonesian model shipped on the classpath. */
    static NameFinder indonesian() {
        try (InputStream in = EntityResources.open(EntityResources.NER_MODEL_ID)) {
            String version =
                    EntityResources.versionOf(
                            EntityResources.text(EntityResources.NER_PROVENANCE_ID));
            return new NameFinder(new TokenNameFinderModel(in), version);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the NER model", e);
        }
    }

    String version() {
        return version;
    }

    /** Spans found in the given sentences; each call is one document. */
    List<Candidate> find(List<List<Token>> sentences) {
        NameFinderME me = finder.get();
        me.clearAdaptiveData();
        var found = new ArrayList<Candidate>();
        for (List<Token> sentence : sentences) {
            String[] words = new String[sentence.size()];
            for (int i = 0; i < words.length; i++) {
                words[i] = sentence.get(i).text();
            }
            for (Span span : me.find(words)) {
                EntityType type = typeOf(span.getType());
                if (type != null) {
                    found.add(
                            Candidate.discovered(
                                    sentence.get(span.getStart()).start(),
                                    sentence.get(span.getEnd() - 1).end(),
                                    type,
                                    Candidate.Source.NAME_FINDER));
                }
            }
        }
        return found;
    }

    private static EntityType typeOf(String type) {
        return switch (type == null ? "" : type) {
            case "per" -> EntityType.PERSON;
            case "org" -> EntityType.ORGANIZATION;
            case "loc" -> EntityType.LOCATION;
            default -> null;
        };
    }
}
