package io.newsflow.processors.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.langdetect.ThreadSafeLanguageDetectorME;

/**
 * OpenNLP's {@code langdetect-183} model (103 languages, character n-gram maxent), read from the
 * root of the {@code org.apache.opennlp:opennlp-models-langdetect} jar. The only class that touches
 * OpenNLP: it answers raw model probabilities under newsflow codes. Thread-safe (OpenNLP keeps one
 * detector per thread over the shared, immutable model).
 */
public final class OpenNlpLanguageModel {
    /** Where opennlp-models-langdetect 1.3.0 keeps the model (see its {@code model.properties}). */
    static final String RESOURCE = "/langdetect-183.bin";

    public static final String VERSION = "opennlp-langdetect-1.8.3";

    private final ThreadSafeLanguageDetectorME detector;
    private final Map<String, String> labelToCode;

    private OpenNlpLanguageModel(LanguageDetectorModel model) {
        this.detector = new ThreadSafeLanguageDetectorME(model);
        var labels = new HashMap<String, String>();
        for (String label : detector.getSupportedLanguages()) {
            labels.put(label, LanguageCodes.normalizeOrUnd(label));
        }
        this.labelToCode = Map.copyOf(labels);
    }

    /**
     * The model, read from the classpath on first use (about 0.8 s and 40 MB of heap) and shared
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
        try (InputStream in = OpenNlpLanguageModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(
                        "language model "
                                + RESOURCE
                                + " is not on the classpath: add"
                                + " org.apache.opennlp:opennlp-models-langdetect");
            }
            return new OpenNlpLanguageModel(new LanguageDetectorModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read language model " + RESOURCE, e);
        }
    }

    /** The newsflow codes the model can answer. */
    public Set<String> codes() {
        return new TreeSet<>(labelToCode.values());
    }

    /**
     * The model's probability for each allowed language. Where the model has several labels for one
     * code (Estonian {@code est}/{@code ekk}, Persian {@code fas}/{@code pes}, Latvian {@code
     * lav}/{@code lvs}) the stronger one counts: adding them up would let a pair win on flat,
     * uninformative scores.
     */
    public Map<String, Double> probabilities(CharSequence text, Set<String> allowed) {
        var scores = new HashMap<String, Double>(allowed.size() * 2);
        for (Language language : detector.predictLanguages(text)) {
            String code = labelToCode.get(language.getLang());
            if (code != null && allowed.contains(code)) {
                scores.merge(code, language.getConfidence(), Math::max);
            }
        }
        return scores;
    }
}
