package io.newsflow.processors.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * OpenNLP's {@code langdetect-183} model (103 languages, character n-gram maxent), read from the
 * root of the {@code org.apache.opennlp:opennlp-models-langdetect} jar. The only class that touches
 * OpenNLP: it answers raw model probabilities under newsflow codes. Thread-safe: the maxent model
 * is immutable and evaluating it allocates its own result.
 *
 * <p>It scores texts itself instead of calling {@code LanguageDetectorME}: the same features (the
 * distinct lower-cased 1- to 3-character grams of the text after the model factory's five
 * normalizers ({@link LanguageModelNormalizer}), each with value 1), the same weights, the same
 * uniform prior and softmax, but the weights are read from {@link GramWeights}, laid out for lookup
 * by packed gram, where OpenNLP 2.5 makes a {@code CharBuffer} per gram, counts them in a map, and
 * looks each up in a map of 146,000 small objects (those lookups were most of language detection's
 * CPU). Only the order in which the weights are summed differs, so probabilities may differ in the
 * last bits; {@code OpenNlpLanguageModelTest} checks them against OpenNLP's own detector.
 */
public final class OpenNlpLanguageModel {
    /** Where opennlp-models-langdetect 1.3.0 keeps the model (see its {@code model.properties}). */
    static final String RESOURCE = "/langdetect-183.bin";

    public static final String VERSION = "opennlp-langdetect-1.8.3";

    private final String[] labels;
    private final String[] outcomeCodes;
    private final GramWeights weights;

    /**
     * Keeps only the labels and the weight table: OpenNLP's model object (its map of 146,000
     * contexts) is left to the garbage collector.
     */
    @SuppressWarnings("unchecked") // AbstractModel's documented layout: params, pmap, outcomes
    private OpenNlpLanguageModel(LanguageDetectorModel model) {
        MaxentModel maxent = model.getMaxentModel();
        this.weights =
                GramWeights.of(
                        (Map<String, Context>) ((AbstractModel) maxent).getDataStructures()[1],
                        maxent.getNumOutcomes());
        this.labels = new String[maxent.getNumOutcomes()];
        this.outcomeCodes = new String[labels.length];
        for (int i = 0; i < outcomeCodes.length; i++) {
            labels[i] = maxent.getOutcome(i);
            outcomeCodes[i] = LanguageCodes.normalizeOrUnd(labels[i]);
        }
    }

    /**
     * The model, read from the classpath on first use (about 0.8 s; 29 MiB retained) and shared
     * afterwards: it is immutable, and the allow-list is applied per detector, so every detector in
     * the JVM (a restarted topology, a second test) reuses it.
     */
    public static OpenNlpLanguageModel load() {
        return Shared.MODEL;
    }

    private static final class Shared {
        static final OpenNlpLanguageModel MODEL = read();
    }

    private static OpenNlpLanguageModel read() {
        return new OpenNlpLanguageModel(readOpenNlpModel());
    }

    /**
     * OpenNLP's own model object, read afresh from the classpath: for comparing with OpenNLP's
     * {@code LanguageDetectorME} (tests, {@code LanguageBench}). newsflow does not keep it.
     */
    public static LanguageDetectorModel readOpenNlpModel() {
        try (InputStream in = OpenNlpLanguageModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(
                        "language model "
                                + RESOURCE
                                + " is not on the classpath: add"
                                + " org.apache.opennlp:opennlp-models-langdetect");
            }
            return new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read language model " + RESOURCE, e);
        }
    }

    /** The newsflow codes the model can answer. */
    public Set<String> codes() {
        return new TreeSet<>(Arrays.asList(outcomeCodes));
    }

    /**
     * The model's probability for each allowed language. Where the model has several labels for one
     * code (Estonian {@code est}/{@code ekk}, Persian {@code fas}/{@code pes}, Latvian {@code
     * lav}/{@code lvs}) the stronger one counts: adding them up would let a pair win on flat,
     * uninformative scores.
     */
    public Map<String, Double> probabilities(CharSequence text, Set<String> allowed) {
        double[] probabilities = labelProbabilities(text);
        var scores = new HashMap<String, Double>(allowed.size() * 2);
        for (int i = 0; i < probabilities.length; i++) {
            if (allowed.contains(outcomeCodes[i])) {
                scores.merge(outcomeCodes[i], probabilities[i], Math::max);
            }
        }
        return scores;
    }

    /** The model's probability of each of its labels, in the model's outcome order. */
    double[] labelProbabilities(CharSequence text) {
        int n = outcomeCodes.length;
        double[] scores = new double[n];
        Arrays.fill(scores, Math.log(1.0 / n)); // OpenNLP's uniform prior
        weights.addDistinctGrams(lowerCase(LanguageModelNormalizer.normalize(text)), scores);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            scores[i] = StrictMath.exp(scores[i]); // as GISModel.eval
            sum += scores[i];
        }
        for (int i = 0; i < n; i++) {
            scores[i] /= sum;
        }
        return scores;
    }

    /** The model's label of each outcome, in the order {@link #labelProbabilities} answers. */
    String[] labels() {
        return labels.clone();
    }

    /** Lower case per code point, as OpenNLP's {@code StringUtil.toLowerCaseCharBuffer}. */
    private static String lowerCase(CharSequence text) {
        var lower = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> lower.appendCodePoint(Character.toLowerCase(cp)));
        return lower.toString();
    }
}
