package io.newsflow.processors.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import opennlp.tools.ml.model.Context;
import org.junit.jupiter.api.Test;

class GramWeightsTest {

    @Test
    void addsTheWeightsOfEachDistinctGramOnceAndIgnoresUnknownOnes() {
        var weights =
                GramWeights.of(
                        Map.of(
                                "a", new Context(new int[] {0}, new double[] {1.0}),
                                "aa", new Context(new int[] {1, 2}, new double[] {2.0, -0.5}),
                                " a", new Context(new int[] {2}, new double[] {4.0}),
                                "a a", new Context(new int[] {0, 1}, new double[] {8.0, 16.0}),
                                "longer", new Context(new int[] {0}, new double[] {100.0})));
        double[] scores = new double[3];

        // grams of "aa a": a a   (a counted once), aa, a_, _a, aa_, a_a; "longer" never forms
        weights.addDistinctGrams("aa a", scores);

        // these weights have no low mantissa bits, so the outcome packed beside them costs nothing
        assertThat(scores).containsExactly(1.0 + 8.0, 2.0 + 16.0, -0.5 + 4.0);
    }

    @Test
    void aPackedWeightKeepsItsOutcomeAndAllButItsLowestMantissaBits() {
        var random = new Random(9);
        for (int i = 0; i < 10_000; i++) {
            double weight = random.nextGaussian() * Math.pow(10, random.nextInt(7) - 3);
            int outcome = random.nextInt(1 << GramWeights.OUTCOME_BITS);
            long packed = GramWeights.pack(weight, outcome);
            double unpacked =
                    Double.longBitsToDouble(packed & ~((1L << GramWeights.OUTCOME_BITS) - 1));
            assertThat((int) (packed & ((1L << GramWeights.OUTCOME_BITS) - 1))).isEqualTo(outcome);
            assertThat(Math.abs(unpacked - weight)).isLessThanOrEqualTo(Math.abs(weight) * 1e-13);
        }
    }

    @Test
    void packedKeysAreDistinctForDistinctGrams() {
        var random = new Random(5);
        var grams = new HashSet<String>();
        var keys = new HashSet<Long>();
        String alphabet = "a\u0000b\uffffи 中\ud83d\ude00";
        for (int i = 0; i < 50_000; i++) {
            var gram = new StringBuilder();
            for (int length = 1 + random.nextInt(3); length > 0; length--) {
                gram.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = gram.toString();
            long key = GramWeights.key(text, 0, text.length());
            assertThat(key).isNotZero();
            assertThat(grams.add(text)).isEqualTo(keys.add(key));
        }
    }
}
