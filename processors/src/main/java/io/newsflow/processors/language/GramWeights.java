package io.newsflow.processors.language;

import java.util.Map;
import opennlp.tools.ml.model.Context;

/**
 * The language model's weights laid out for lookup by character gram: each 1- to 3-char gram is
 * packed exactly into a {@code long} (its length and its chars, 16 bits each) and found in an
 * open-addressing table whose slot holds where its row is. OpenNLP keeps them as a {@code
 * HashMap<String, Context>} of 146,000 small objects, so scoring a text meant a substring, a hash
 * lookup and three scattered objects per gram; here it is one table slot and one contiguous row,
 * which matters because the lookups are bound by memory latency.
 *
 * <p>A row comes in one of two layouts. Most grams have weights for a few outcomes: a sparse row, a
 * run of {@code long}s, each a weight with its outcome in the lowest mantissa bits. The grams that
 * real text is made of have weights for nearly every outcome (on the seeds, the known grams of a
 * 600-char text have 90 of 103 on average): a dense row, one {@code double} per outcome with 0
 * where the model has none, added to the scores element by element, which the JIT compiles to
 * vector adds instead of one scattered add per weight. Adding 0 leaves a score unchanged, and each
 * outcome's score still sums its grams in the same order, so the layout does not change the result.
 * Immutable and thread-safe.
 */
final class GramWeights {
    static final int MAX_GRAM = 3;

    /**
     * Outcome bits kept in each weight's mantissa: the weight loses its lowest {@value} of 52
     * mantissa bits (a relative change below 1e-13), far below what the model's probabilities
     * resolve.
     */
    static final int OUTCOME_BITS = 8;

    private static final long OUTCOME_MASK = (1L << OUTCOME_BITS) - 1;

    /**
     * Marks a slot's row as dense; the low 32 bits are then where the row starts in {@code dense}.
     */
    private static final long DENSE = Long.MIN_VALUE;

    /**
     * Rows with weights for at least this share of the outcomes are dense: 8,011 of the model's
     * 145,895 grams, 6.6 MB of dense rows where their sparse rows took 4.8 MB, and about 99 % of
     * the weights a seed text reads. A lower share turns many short rows into long ones.
     */
    static final double DENSE_SHARE = 0.4;

    private final long[] table; // per slot: key (0 = empty), then its row (see DENSE)
    private final long[] rows; // sparse rows: start << 32 | end in the slot
    private final double[] dense; // dense rows, one weight per outcome
    private final int outcomes;
    private final int mask;

    private GramWeights(long[] table, long[] rows, double[] dense, int outcomes) {
        this.table = table;
        this.rows = rows;
        this.dense = dense;
        this.outcomes = outcomes;
        this.mask = table.length / 2 - 1;
    }

    /**
     * The weights of every predicate of the model that is a 1- to 3-char gram (the only features
     * newsflow computes), for a model of {@code outcomes} outcomes.
     */
    static GramWeights of(Map<String, Context> predicates, int outcomes) {
        return of(predicates, outcomes, DENSE_SHARE);
    }

    static GramWeights of(Map<String, Context> predicates, int outcomes, double denseShare) {
        int denseFrom = Math.max(1, (int) Math.ceil(outcomes * denseShare));
        int grams = 0;
        int sparseEntries = 0;
        int denseRows = 0;
        for (var predicate : predicates.entrySet()) {
            if (isGram(predicate.getKey())) {
                grams++;
                int length = predicate.getValue().getOutcomes().length;
                if (length >= denseFrom) {
                    denseRows++;
                } else {
                    sparseEntries += length;
                }
            }
        }
        int capacity = Integer.highestOneBit(Math.max(grams, 1) * 2 - 1) << 1;
        long[] table = new long[2 * capacity];
        long[] rows = new long[sparseEntries];
        double[] dense = new double[Math.multiplyExact(denseRows, outcomes)];
        int mask = capacity - 1;
        int sparseAt = 0;
        int denseAt = 0;
        for (var predicate : predicates.entrySet()) {
            String gram = predicate.getKey();
            if (!isGram(gram)) {
                continue;
            }
            Context context = predicate.getValue();
            int[] outcomeOf = context.getOutcomes();
            double[] weights = context.getParameters();
            long row;
            if (outcomeOf.length >= denseFrom) {
                for (int i = 0; i < outcomeOf.length; i++) {
                    dense[denseAt + checkOutcome(outcomeOf[i], outcomes)] = weights[i];
                }
                row = DENSE | denseAt;
                denseAt += outcomes;
            } else {
                int start = sparseAt;
                for (int i = 0; i < outcomeOf.length; i++) {
                    rows[sparseAt++] = pack(weights[i], checkOutcome(outcomeOf[i], outcomes));
                }
                row = ((long) start << 32) | sparseAt;
            }
            long key = key(gram, 0, gram.length());
            int slot = slot(key, mask);
            while (table[2 * slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[2 * slot] = key;
            table[2 * slot + 1] = row;
        }
        return new GramWeights(table, rows, dense, outcomes);
    }

    private static int checkOutcome(int outcome, int outcomes) {
        if (outcome < 0 || outcome >= outcomes) {
            throw new IllegalArgumentException(
                    "outcome " + outcome + " is not one of the model's " + outcomes);
        }
        return outcome;
    }

    /** A weight with its outcome in the lowest mantissa bits. */
    static long pack(double weight, int outcome) {
        if (outcome < 0 || outcome > OUTCOME_MASK) {
            throw new IllegalArgumentException("outcome " + outcome + " does not fit");
        }
        return (Double.doubleToRawLongBits(weight) & ~OUTCOME_MASK) | outcome;
    }

    /**
     * Adds the weights of each distinct gram of {@code text} (1 to {@value #MAX_GRAM} chars) to
     * {@code scores}, indexed by outcome, as OpenNLP's maxent model does for features of value 1.
     *
     * <p>In three passes — collect the distinct grams, find every row, add every row — rather than
     * one gram at a time: each lookup is a cache miss, and misses that do not depend on each other
     * are waited for together.
     */
    void addDistinctGrams(CharSequence text, double[] scores) {
        if (scores.length != outcomes) {
            throw new IllegalArgumentException(
                    "scores has " + scores.length + " outcomes, the model " + outcomes);
        }
        var distinct = new LongSet(text.length() * MAX_GRAM);
        for (int length = 1; length <= MAX_GRAM; length++) {
            for (int start = 0; start + length <= text.length(); start++) {
                distinct.add(key(text, start, start + length));
            }
        }
        long[] grams = distinct.keys;
        int count = distinct.size;
        long[] spans = new long[count];
        for (int i = 0; i < count; i++) {
            spans[i] = span(grams[i]);
        }
        for (int g = 0; g < count; g++) {
            long span = spans[g];
            if (span < 0) {
                addDense((int) span, scores);
                continue;
            }
            for (int i = (int) (span >>> 32), end = (int) span; i < end; i++) {
                long entry = rows[i];
                scores[(int) (entry & OUTCOME_MASK)] +=
                        Double.longBitsToDouble(entry & ~OUTCOME_MASK);
            }
        }
    }

    /** A loop the JIT vectorizes: no index read from memory, no branch. */
    private void addDense(int from, double[] scores) {
        double[] row = dense;
        for (int k = 0; k < scores.length; k++) {
            scores[k] += row[from + k];
        }
    }

    /**
     * The gram's row (see {@link #DENSE}); an empty sparse row for a gram the model does not know.
     */
    private long span(long key) {
        int slot = slot(key, mask);
        long k;
        while ((k = table[2 * slot]) != 0) {
            if (k == key) {
                return table[2 * slot + 1];
            }
            slot = (slot + 1) & mask;
        }
        return 0;
    }

    private static boolean isGram(String predicate) {
        return !predicate.isEmpty() && predicate.length() <= MAX_GRAM;
    }

    /** Length and chars, exactly: two different grams never share a key, and none is 0. */
    static long key(CharSequence text, int from, int to) {
        long key = to - from;
        for (int i = from; i < to; i++) {
            key = (key << 16) | text.charAt(i);
        }
        return key << (16 * (MAX_GRAM - (to - from)));
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9e3779b97f4a7c15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    /** The distinct grams of one text, in the order first seen; keys are never 0. */
    private static final class LongSet {
        private final long[] slots;
        private final int mask;
        final long[] keys;
        int size;

        LongSet(int expected) {
            slots = new long[Integer.highestOneBit(Math.max(expected, 8) * 2 - 1) << 1];
            mask = slots.length - 1;
            keys = new long[Math.max(expected, 1)];
        }

        void add(long key) {
            int slot = slot(key, mask);
            long k;
            while ((k = slots[slot]) != 0) {
                if (k == key) {
                    return;
                }
                slot = (slot + 1) & mask;
            }
            slots[slot] = key;
            keys[size++] = key;
        }
    }
}
