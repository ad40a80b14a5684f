package io.newsflow.processors.identity;

/**
 * Word shingles: every run of {@value #SIZE} consecutive tokens, hashed. Three words keep the
 * topic's vocabulary (shared by every article about the same event) from looking like shared text,
 * while a sentence copied with a word changed still shares most of its shingles.
 */
final class Shingles {
    static final int SIZE = 3;

    private Shingles() {}

    static long[] of(long[] tokens) {
        if (tokens.length < SIZE) {
            long[] out = new long[tokens.length == 0 ? 0 : 1];
            if (tokens.length > 0) {
                out[0] = Hashes.ofSequence(tokens, 0, tokens.length);
            }
            return out;
        }
        long[] out = new long[tokens.length - SIZE + 1];
        for (int i = 0; i < out.length; i++) {
            long h = Hashes.mix(tokens[i] + 0x9e3779b97f4a7c15L);
            h = Hashes.mix(h ^ tokens[i + 1]);
            out[i] = Hashes.mix(h ^ Long.rotateLeft(tokens[i + 2], 17));
        }
        return out;
    }
}
