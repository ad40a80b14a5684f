package io.newsflow.processors.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

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
                                "longer", new Context(new int[] {0}, new double[] {100.0})),
                        3);
        double[] scores = new double[3];

        // grams of "aa a": a a   (a counted once), aa, a_, _a, aa_, a_a; "longer" never forms
        weights.addDistinctGrams("aa a", scores);

        // these weights have no low mantissa bits, so the outcome packed beside them costs nothing
        assertThat(scores).containsExactly(1.0 + 8.0, 2.0 + 16.0, -0.5 + 4.0);
    }

    @Test
    void denseAndSparseRowsGiveTheSameScores() {
        // the real model: 103 outcomes, rows from 1 to 103 weights long
        @SuppressWarnings("unchecked")
        var model = OpenNlpLanguageModel.readOpenNlpModel().getMaxentModel();
        var predicates =
                (Map<String, Context>)
                        ((opennlp.tools.ml.model.AbstractModel) model).getDataStructures()[1];
        int outcomes = model.getNumOutcomes();
        var allSparse = GramWeights.of(predicates, outcomes, 2.0);
        var allDense = GramWeights.of(predicates, outcomes, 0.0);
        var mixed = GramWeights.of(predicates, outcomes);
        var random = new Random(3);
        String alphabet = "aeiou nrstkgmpbdlyhAEIOUéüßçñøяшф中文ا ";
        for (int text = 0; text < 300; text++) {
            var chars = new StringBuilder();
            for (int i = 0, length = random.nextInt(700); i < length; i++) {
                chars.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            double[] sparse = new double[outcomes];
            double[] dense = new double[outcomes];
            double[] both = new double[outcomes];
            allSparse.addDistinctGrams(chars, sparse);
            allDense.addDistinctGrams(chars, dense);
            mixed.addDistinctGrams(chars, both);
            for (int k = 0; k < outcomes; k++) {
                // a sparse row drops each weight's lowest mantissa bits; nothing else differs
                assertThat(dense[k]).isCloseTo(sparse[k], within(1e-9));
                assertThat(both[k]).isCloseTo(sparse[k], within(1e-9));
            }
        }
    }

    @Test
    void aRowLayoutDoesNotChangeTheScoresOfWeightsWithoutLowBits() {
        var predicates =
                Map.of(
                        "a", new Context(new int[] {2, 0}, new double[] {1.0, 0.25}),
                        "b", new Context(new int[] {1}, new double[] {-2.0}),
                        "ab", new Context(new int[] {0, 1, 2}, new double[] {4.0, 8.0, 16.0}));
        for (double share : new double[] {0.0, 0.5, 2.0}) {
            double[] scores = {-1.0, -1.0, -1.0};
            GramWeights.of(predicates, 3, share).addDistinctGrams("abba", scores);
            assertThat(scores).as("share %s", share).containsExactly(3.25, 5.0, 16.0);
        }
    }

    @Test
    void refusesScoresOfAnotherOutcomeCountAndOutcomesTheModelDoesNotHave() {
        var predicates = Map.of("a", new Context(new int[] {0}, new double[] {1.0}));
        assertThatThrownBy(() -> GramWeights.of(predicates, 2).addDistinctGrams("a", new double[3]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3 outcomes");
        var beyond = Map.of("a", new Context(new int[] {5}, new double[] {1.0}));
        assertThatThrownBy(() -> GramWeights.of(beyond, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outcome 5");
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
