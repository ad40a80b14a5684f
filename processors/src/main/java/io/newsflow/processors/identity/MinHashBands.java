package io.newsflow.processors.identity;

/**
 * Locality-sensitive band keys from MinHash: {@code bands × rows} minimum hashes over the shingles,
 * grouped into bands and each band hashed to one 32-bit key. Two texts with shingle Jaccard
 * similarity J share at least one band key with probability 1 − (1 − J^rows)^bands, so the ledger
 * finds near-duplicates by a few point lookups instead of comparing against everything.
 */
final class MinHashBands {
    private MinHashBands() {}

    static int[] of(long[] shingles, int bands, int rows) {
        int k = bands * rows;
        long[] mins = new long[k];
        java.util.Arrays.fill(mins, Long.MAX_VALUE);
        long[] seeds = seeds(k);
        for (long h : shingles) {
            for (int j = 0; j < k; j++) {
                long v = Hashes.mix(h ^ seeds[j]);
                if (v < mins[j]) {
                    mins[j] = v;
                }
            }
        }
        int[] keys = new int[bands];
        for (int band = 0; band < bands; band++) {
            long h = Hashes.mix(0x5bd1e995L * (band + 1));
            for (int row = 0; row < rows; row++) {
                h = Hashes.mix(h ^ mins[band * rows + row]);
            }
            keys[band] = (int) (h ^ (h >>> 32));
        }
        return keys;
    }

    private static long[] seeds(int k) {
        long[] seeds = new long[k];
        for (int j = 0; j < k; j++) {
            seeds[j] = Hashes.mix(0x9e3779b97f4a7c15L * (j + 1));
        }
        return seeds;
    }
}
