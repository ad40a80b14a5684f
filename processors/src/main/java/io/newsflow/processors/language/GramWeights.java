package io.newsflow.processors.language;

import java.util.Map;
import opennlp.tools.ml.model.Context;

/**
 * The language model's weights laid out for lookup by character gram: each 1- to 3-char gram is
 * packed exactly into a {@code long} (its length and its chars, 16 bits each) and found in an
 * open-addressing table whose slot holds the key beside the start and end of its row; the row is a
 * run of {@code long}s, each a weight with its outcome in the lowest mantissa bits. OpenNLP keeps
 * them as a {@code HashMap<String, Context>} of 146,000 small objects, so scoring a text meant a
 * substring, a hash lookup and three scattered objects per gram; here it is one table slot and one
 * contiguous row, which matters because the lookups are bound by memory latency, not arithmetic.
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

    private final long[] table; // per slot: key (0 = empty), then row start << 32 | row end
    private final long[] rows;
    private final int mask;

    private GramWeights(long[] table, long[] rows) {
        this.table = table;
        this.rows = rows;
        this.mask = table.length / 2 - 1;
    }

    /**
     * The weights of every predicate of the model that is a 1- to 3-char gram (the only features
     * newsflow computes).
     */
    static GramWeights of(Map<String, Context> predicates) {
        int grams = 0;
        int entries = 0;
        for (var predicate : predicates.entrySet()) {
            if (isGram(predicate.getKey())) {
                grams++;
                entries += predicate.getValue().getOutcomes().length;
            }
        }
        int capacity = Integer.highestOneBit(Math.max(grams, 1) * 2 - 1) << 1;
        long[] table = new long[2 * capacity];
        long[] rows = new long[entries];
        int mask = capacity - 1;
        int at = 0;
        for (var predicate : predicates.entrySet()) {
            String gram = predicate.getKey();
            if (!isGram(gram)) {
                continue;
            }
            Context context = predicate.getValue();
            int start = at;
            for (int i = 0; i < context.getOutcomes().length; i++) {
                rows[at++] = pack(context.getParameters()[i], context.getOutcomes()[i]);
            }
            long key = key(gram, 0, gram.length());
            int slot = slot(key, mask);
            while (table[2 * slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[2 * slot] = key;
            table[2 * slot + 1] = ((long) start << 32) | at;
        }
        return new GramWeights(table, rows);
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
            for (int i = (int) (span >>> 32), end = (int) span; i < end; i++) {
                long entry = rows[i];
                scores[(int) (entry & OUTCOME_MASK)] +=
                        Double.longBitsToDouble(entry & ~OUTCOME_MASK);
            }
        }
    }

    /** The gram's row as start << 32 | end; an empty row for a gram the model does not know. */
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
