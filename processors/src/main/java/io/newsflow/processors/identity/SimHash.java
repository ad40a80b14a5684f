package io.newsflow.processors.identity;

/**
 * Charikar's SimHash over shingle hashes: 64 bits whose Hamming distance between two texts grows
 * with the share of shingles they do not have in common. Eight bytes per remembered article are
 * enough to score a candidate without keeping its text.
 */
public final class SimHash {
    public static final int BITS = 64;

    private SimHash() {}

    static long of(long[] shingles) {
        int[] votes = new int[BITS];
        for (long h : shingles) {
            for (int bit = 0; bit < BITS; bit++) {
                votes[bit] += (int) ((h >>> bit) & 1L); // branch-free: count the ones
            }
        }
        long simhash = 0;
        for (int bit = 0; bit < BITS; bit++) {
            if (2 * votes[bit] > shingles.length) {
                simhash |= 1L << bit;
            }
        }
        return simhash;
    }

    /** The number of differing bits, 0 (same shingles) to 64. */
    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    /** The share of equal bits: 1.0 for identical signatures, about 0.5 for unrelated texts. */
    public static double similarity(long a, long b) {
        return 1.0 - distance(a, b) / (double) BITS;
    }

    public static String hex(long simhash) {
        return String.format("%016x", simhash);
    }
}
