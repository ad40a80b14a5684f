package io.newsflow.processors.entities;

import java.util.HashMap;
import java.util.Map;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * The name finder's features for {@link NerTrainer#FEATURES}, the same strings in the same order as
 * OpenNLP's {@code DefaultNameContextGenerator} builds from that descriptor, but each token's lower
 * case, class and feature strings are made once per sentence. OpenNLP's window generators remake
 * them for every position that sees the token: five lower-casings and three class lookups (a chain
 * of regular expressions) per token, about half of the name finder's CPU in a profile of {@code
 * ./newsflow bench}. Not thread-safe: it keeps the sentence it last saw.
 */
final class NameFeatures implements NameContextGenerator {
    private static final String OTHER = "other";

    private final Map<String, String> previousOutcome = new HashMap<>();
    private final Map<String, String> outcomeBeforeThat = new HashMap<>();
    private String[] sentence;
    private TokenFeatures[] tokens;

    @Override
    public String[] getContext(
            int index, String[] sequence, String[] priorDecisions, Object[] additionalContext) {
        TokenFeatures[] t = featuresOf(sequence);
        int n = t.length;
        TokenFeatures here = t[index];
        boolean hasPrevious = index > 0;
        boolean hasNext = index + 1 < n;
        int size =
                2
                        + (hasPrevious ? 2 : 0)
                        + (hasNext ? 2 : 0)
                        + 1
                        + Math.min(index, 2)
                        + Math.min(n - index - 1, 2)
                        + 1
                        + (index == 0 ? 1 : 0)
                        + (priorDecisions != null ? 4 : 0);
        String[] context = new String[size];
        int c = 0;
        // token class, +/-1 window
        context[c++] = here.classFeature;
        context[c++] = here.wordAndClass;
        if (hasPrevious) {
            context[c++] = t[index - 1].previousClass;
            context[c++] = t[index - 1].previousWordAndClass;
        }
        if (hasNext) {
            context[c++] = t[index + 1].nextClass;
            context[c++] = t[index + 1].nextWordAndClass;
        }
        // lower-cased token, +/-2 window
        context[c++] = here.word;
        if (index >= 1) {
            context[c++] = t[index - 1].previousWord;
        }
        if (index >= 2) {
            context[c++] = t[index - 2].secondPreviousWord;
        }
        if (index + 1 < n) {
            context[c++] = t[index + 1].nextWord;
        }
        if (index + 2 < n) {
            context[c++] = t[index + 2].secondNextWord;
        }
        context[c++] = "def";
        if (index == 0) {
            context[c++] = "S=begin";
        }
        // previous outcomes, added by DefaultNameContextGenerator itself
        if (priorDecisions != null) {
            String po = index > 0 ? priorDecisions[index - 1] : OTHER;
            String ppo = index > 1 ? priorDecisions[index - 2] : OTHER;
            context[c++] = previousOutcome.computeIfAbsent(po, o -> "po=" + o);
            context[c++] = "pow=" + po + "," + sequence[index];
            context[c++] = "powf=" + po + "," + here.tokenClass;
            context[c++] = outcomeBeforeThat.computeIfAbsent(ppo, o -> "ppo=" + o);
        }
        return context;
    }

    private TokenFeatures[] featuresOf(String[] sequence) {
        if (sequence != sentence) {
            var features = new TokenFeatures[sequence.length];
            for (int i = 0; i < sequence.length; i++) {
                features[i] = new TokenFeatures(sequence[i]);
            }
            sentence = sequence;
            tokens = features;
        }
        return tokens;
    }

    /** One token's feature strings, for each place in a window it can take. */
    private static final class TokenFeatures {
        final String tokenClass;
        final String classFeature;
        final String wordAndClass;
        final String previousClass;
        final String previousWordAndClass;
        final String nextClass;
        final String nextWordAndClass;
        final String word;
        final String previousWord;
        final String secondPreviousWord;
        final String nextWord;
        final String secondNextWord;

        TokenFeatures(String token) {
            String lower = StringUtil.toLowerCase(token);
            tokenClass = FeatureGeneratorUtil.tokenFeature(token);
            String wc = "wc=" + tokenClass;
            String wAndC = "w&c=" + lower + "," + tokenClass;
            classFeature = wc;
            wordAndClass = wAndC;
            previousClass = "p1" + wc;
            previousWordAndClass = "p1" + wAndC;
            nextClass = "n1" + wc;
            nextWordAndClass = "n1" + wAndC;
            word = "w=" + lower;
            previousWord = "p1" + word;
            secondPreviousWord = "p2" + word;
            nextWord = "n1" + word;
            secondNextWord = "n2" + word;
        }
    }

    /** The descriptor has no adaptive generator (no previous-map features): nothing to keep. */
    @Override
    public void updateAdaptiveData(String[] tokens, String[] outcomes) {}

    @Override
    public void clearAdaptiveData() {
        sentence = null;
        tokens = null;
    }

    @Override
    public void addFeatureGenerator(AdaptiveFeatureGenerator generator) {
        throw new UnsupportedOperationException("the features are fixed: NerTrainer.FEATURES");
    }
}
