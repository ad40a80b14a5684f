package io.newsflow.config;

import java.time.Duration;
import java.util.Locale;

/**
 * The identity ledger: whether duplicates are dropped or kept marked, how long articles are
 * remembered, and the near-duplicate thresholds. The identity step owns the meaning of the
 * thresholds; {@code docs/identity.md} records the measurement behind the defaults.
 *
 * @param mode {@code drop} keeps duplicates off {@code news.articles.enriched}; {@code mark}
 *     forwards them with their identity set
 * @param window how long an article is remembered after it was last seen
 * @param forwardSyndicated whether syndicated copies reach enrichment in mode {@code drop}
 * @param maxHammingDistance the largest SimHash distance (of 64 bits) still called a copy
 * @param lshBands MinHash bands in the candidate index; more bands find weaker copies
 * @param lshRows MinHash values per band; more rows make a band match rarer and stricter
 * @param minTokens texts with fewer words are matched exactly only, never as near-duplicates
 */
public record IdentityConfig(
        String mode,
        Duration window,
        Boolean forwardSyndicated,
        Integer maxHammingDistance,
        Integer lshBands,
        Integer lshRows,
        Integer minTokens)
        implements ConfigPart {

    public static final int DEFAULT_MAX_HAMMING_DISTANCE = 20;
    public static final int DEFAULT_LSH_BANDS = 6;
    public static final int DEFAULT_LSH_ROWS = 2;
    public static final int DEFAULT_MIN_TOKENS = 25;

    public IdentityConfig {
        mode = mode == null ? "drop" : mode.strip().toLowerCase(Locale.ROOT);
        window = window == null ? Duration.ofDays(7) : window;
        forwardSyndicated = forwardSyndicated == null || forwardSyndicated;
        maxHammingDistance =
                maxHammingDistance == null ? DEFAULT_MAX_HAMMING_DISTANCE : maxHammingDistance;
        lshBands = lshBands == null ? DEFAULT_LSH_BANDS : lshBands;
        lshRows = lshRows == null ? DEFAULT_LSH_ROWS : lshRows;
        minTokens = minTokens == null ? DEFAULT_MIN_TOKENS : minTokens;
    }

    /** The mode and window given, every threshold at its default. */
    public IdentityConfig(String mode, Duration window) {
        this(mode, window, null, null, null, null, null);
    }

    public static IdentityConfig defaults() {
        return new IdentityConfig(null, null);
    }

    public boolean dropDuplicates() {
        return "drop".equals(mode);
    }

    public IdentityConfig withMode(String newMode) {
        return new IdentityConfig(
                newMode,
                window,
                forwardSyndicated,
                maxHammingDistance,
                lshBands,
                lshRows,
                minTokens);
    }

    public IdentityConfig withWindow(Duration newWindow) {
        return new IdentityConfig(
                mode,
                newWindow,
                forwardSyndicated,
                maxHammingDistance,
                lshBands,
                lshRows,
                minTokens);
    }

    public IdentityConfig withForwardSyndicated(boolean forward) {
        return new IdentityConfig(
                mode, window, forward, maxHammingDistance, lshBands, lshRows, minTokens);
    }

    @Override
    public void validate(String path, Problems problems) {
        problems.require(
                mode.equals("drop") || mode.equals("mark"),
                path + ".mode",
                "must be 'drop' or 'mark', was '" + mode + "'");
        problems.require(
                !window.isNegative() && !window.isZero(),
                path + ".window",
                "must be positive, was " + window);
        problems.require(
                maxHammingDistance >= 0 && maxHammingDistance <= 32,
                path + ".maxHammingDistance",
                "must be between 0 and 32 (of 64 bits), was " + maxHammingDistance);
        problems.require(
                lshBands >= 1 && lshBands <= 32,
                path + ".lshBands",
                "must be between 1 and 32, was " + lshBands);
        problems.require(
                lshRows >= 1 && lshRows <= 8,
                path + ".lshRows",
                "must be between 1 and 8, was " + lshRows);
        problems.require(
                minTokens >= 3, path + ".minTokens", "must be at least 3, was " + minTokens);
    }
}
