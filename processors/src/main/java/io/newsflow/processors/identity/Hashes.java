package io.newsflow.processors.identity;

/**
 * Fast, seed-free 64-bit hashing that gives the same value on every JVM and machine, so signatures
 * written to state stores stay comparable after a restart or an upgrade of the JDK.
 */
final class Hashes {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private Hashes() {}

    /** The splitmix64 finalizer: spreads every input bit over the whole output. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    static long fnvStart() {
        return FNV_OFFSET;
    }

    static long fnvAdd(long h, int codePoint) {
        return (h ^ codePoint) * FNV_PRIME;
    }

    /** An order-sensitive hash of a sequence of 64-bit values. */
    static long ofSequence(long[] values, int from, int to) {
        long h = 0x6a09e667f3bcc909L ^ (to - from);
        for (int i = from; i < to; i++) {
            h = mix(h ^ values[i]) + 0x9e3779b97f4a7c15L;
        }
        return mix(h);
    }

    static long ofString(String s) {
        long h = fnvStart();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            h = fnvAdd(h, cp);
            i += Character.charCount(cp);
        }
        return mix(h);
    }
}
