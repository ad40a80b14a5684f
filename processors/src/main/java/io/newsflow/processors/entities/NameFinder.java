package io.newsflow.processors.entities;

import io.newsflow.model.EntityType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;

/**
 * The statistical layer: an OpenNLP name finder (trained by {@code scripts/train-ner}) proposing
 * PERSON, ORGANIZATION and LOCATION spans the gazetteer does not know. It decodes as {@code
 * NameFinderME.find} does (the model's beam search, sequence validator and codec), with {@link
 * NameFeatures} making the features when the model was trained with {@link NerTrainer#FEATURES},
 * and OpenNLP's own context generator for any other model. The model is shared; the beam search and
 * the features keep per-call state, so each thread gets its own decoder.
 */
final class NameFinder {
    /** Where a name finder model keeps its feature descriptor. */
    private static final String FEATURES_ARTIFACT = "generator.featuregen";

    private final String version;
    private final ThreadLocal<Decoder> decoder;

    NameFinder(TokenNameFinderModel model, String version) {
        this.version = version;
        boolean knownFeatures = hasKnownFeatures(model);
        this.decoder =
                ThreadLocal.withInitial(
                        () ->
                                new Decoder(
                                        model.getNameFinderSequenceModel(),
                                        knownFeatures
                                                ? new NameFeatures()
                                                : model.getFactory().createContextGenerator(),
                                        model.getFactory().createSequenceCodec()));
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

    /** Whether the model's feature descriptor is the one {@link NameFeatures} reproduces. */
    static boolean hasKnownFeatures(TokenNameFinderModel model) {
        Object descriptor = model.getArtifact(FEATURES_ARTIFACT);
        return descriptor instanceof byte[] bytes
                && new String(bytes, StandardCharsets.UTF_8)
                        .strip()
                        .equals(NerTrainer.FEATURES.strip());
    }

    String version() {
        return version;
    }

    /** Spans found in the given sentences; each call is one document. */
    List<Candidate> find(List<List<Token>> sentences) {
        decoder.get().features.clearAdaptiveData();
        var found = new ArrayList<Candidate>();
        for (List<Token> sentence : sentences) {
            String[] words = new String[sentence.size()];
            for (int i = 0; i < words.length; i++) {
                words[i] = sentence.get(i).text();
            }
            for (Span span : spans(words)) {
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

    /**
     * The name spans of one sentence, as {@code NameFinderME.find} answers them (without their
     * probabilities). {@code words} must be a new array for each sentence: the features are kept
     * for the array last seen.
     */
    Span[] spans(String[] words) {
        Decoder d = decoder.get();
        Sequence best = d.model.bestSequence(words, NO_CONTEXT, d.features, d.validator);
        List<String> outcomes = best.getOutcomes();
        d.features.updateAdaptiveData(words, outcomes.toArray(new String[0]));
        return d.codec.decode(outcomes);
    }

    /** One thread's beam search, features, codec and the codec's sequence validator. */
    private record Decoder(
            SequenceClassificationModel model,
            NameContextGenerator features,
            SequenceCodec<String> codec,
            SequenceValidator<String> validator) {
        Decoder(
                SequenceClassificationModel model,
                NameContextGenerator features,
                SequenceCodec<String> codec) {
            this(model, features, codec, codec.createSequenceValidator());
        }
    }

    private static final String[][] NO_CONTEXT = new String[0][0];

    private static EntityType typeOf(String type) {
        return switch (type == null ? "" : type) {
            case "per" -> EntityType.PERSON;
            case "org" -> EntityType.ORGANIZATION;
            case "loc" -> EntityType.LOCATION;
            default -> null;
        };
    }
}
