package io.newsflow.config;

import java.time.Duration;
import java.util.Locale;

/**
 * The identity ledger: whether duplicates are dropped or kept marked, and how long articles are
 * remembered. The identity step owns the meaning of the thresholds.
 */
public record IdentityConfig(String mode, Duration window) implements ConfigPart {
    public IdentityConfig {
        mode = mode == null ? "drop" : mode.strip().toLowerCase(Locale.ROOT);
        window = window == null ? Duration.ofDays(7) : window;
    }

    public static IdentityConfig defaults() {
        return new IdentityConfig(null, null);
    }

    public boolean dropDuplicates() {
        return "drop".equals(mode);
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
    }
}
