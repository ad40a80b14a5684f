package io.newsflow.bench.identity;

import io.newsflow.config.IdentityConfig;
import io.newsflow.model.RawArticle;
import io.newsflow.processors.identity.ContentSignature;
import io.newsflow.processors.identity.SimHash;
import io.newsflow.seeds.SeedCorpus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Measures the near-duplicate thresholds on pairs built from the seeds: true copies (each seed
 * under each {@link SeedVariants} edit) against different articles on the same topic (seed vs seed,
 * seed vs another seed's edits, and non-overlapping passages of about 150 words from every seed —
 * all about the Ukraine talks). Prints markdown tables for {@code docs/identity.md}.
 *
 * <p>Run: {@code ./mvnw -B -q -pl bench -am package -DskipTests && java -cp "$(cat
 * bench/target/classpath.txt)" io.newsflow.bench.identity.ThresholdMeasurement} (see the doc).
 */
public final class ThresholdMeasurement {
    private record Pair(String kind, RawArticle a, RawArticle b) {}

    /** {0, 0}: SimHash alone, every pair compared (no candidate index). */
    private static final int[][] LSH = {{0, 0}, {4, 2}, {6, 2}, {8, 2}, {8, 3}};

    private static final int[] THRESHOLDS = {3, 6, 9, 12, 15, 18, 20, 22, 24};

    private ThresholdMeasurement() {}

    public static void main(String[] args) {
        List<RawArticle> seeds = SeedCorpus.builtIn().articles();
        List<Pair> copies = new ArrayList<>();
        for (RawArticle seed : seeds) {
            for (SeedVariants.Edit edit : SeedVariants.edits()) {
                copies.add(new Pair(edit.name(), seed, edit.apply().apply(seed)));
            }
        }
        List<Pair> different = new ArrayList<>();
        for (int i = 0; i < seeds.size(); i++) {
            for (int j = 0; j < seeds.size(); j++) {
                if (i == j) {
                    continue;
                }
                if (i < j) {
                    different.add(new Pair("seed vs seed", seeds.get(i), seeds.get(j)));
                }
                for (SeedVariants.Edit edit : SeedVariants.edits()) {
                    different.add(
                            new Pair(
                                    "seed vs other seed's edit",
                                    seeds.get(i),
                                    edit.apply().apply(seeds.get(j))));
                }
            }
        }
        List<RawArticle> passages = passages(seeds, 150);
        for (int i = 0; i < passages.size(); i++) {
            for (int j = i + 1; j < passages.size(); j++) {
                different.add(new Pair("passage vs passage", passages.get(i), passages.get(j)));
            }
        }

        System.out.printf(
                Locale.ROOT,
                "pairs: %d true copies (%d seeds x %d edits), %d different articles on the same"
                        + " topic (%d passages of ~150 words)%n%n",
                copies.size(),
                seeds.size(),
                SeedVariants.edits().size(),
                different.size(),
                passages.size());

        System.out.println(
                "SimHash distance (of 64 bits) per edit, min / median / max over the seeds:\n");
        System.out.println("| edit | min | median | max |");
        System.out.println("|---|---|---|---|");
        for (SeedVariants.Edit edit : SeedVariants.edits()) {
            int[] d =
                    copies.stream()
                            .filter(p -> p.kind().equals(edit.name()))
                            .mapToInt(p -> distance(p, 6, 2))
                            .sorted()
                            .toArray();
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %d | %d | %d |%n",
                    edit.name(),
                    d[0],
                    d[d.length / 2],
                    d[d.length - 1]);
        }
        for (String kind :
                List.of("seed vs seed", "seed vs other seed's edit", "passage vs passage")) {
            int[] d =
                    different.stream()
                            .filter(p -> p.kind().equals(kind))
                            .mapToInt(p -> distance(p, 6, 2))
                            .sorted()
                            .toArray();
            System.out.printf(
                    Locale.ROOT,
                    "| different: %s (%d pairs) | %d | %d | %d |%n",
                    kind,
                    d.length,
                    d[0],
                    d[d.length / 2],
                    d[d.length - 1]);
        }

        System.out.println(
                "\nCopies found (recall) and false merges, by LSH bands x rows and max Hamming distance:\n");
        var header = new StringBuilder("| bands x rows | band candidates: copies / different |");
        var rule = new StringBuilder("|---|---|");
        for (int t : THRESHOLDS) {
            header.append(" d<=").append(t).append(" |");
            rule.append("---|");
        }
        System.out.println(header);
        System.out.println(rule);
        for (int[] lsh : LSH) {
            var row =
                    new StringBuilder(
                            String.format(
                                    Locale.ROOT,
                                    "| %s | %d/%d / %d/%d |",
                                    lsh[0] == 0 ? "SimHash alone" : lsh[0] + " x " + lsh[1],
                                    count(copies, lsh, 64),
                                    copies.size(),
                                    count(different, lsh, 64),
                                    different.size()));
            for (int t : THRESHOLDS) {
                row.append(
                        String.format(
                                Locale.ROOT,
                                " %d/%d, %d false |",
                                count(copies, lsh, t),
                                copies.size(),
                                count(different, lsh, t)));
            }
            System.out.println(row);
        }
        var defaults = IdentityConfig.defaults();
        System.out.printf(
                Locale.ROOT,
                "%nDefaults: %d bands x %d rows, max distance %d, min tokens %d.%n",
                defaults.lshBands(),
                defaults.lshRows(),
                defaults.maxHammingDistance(),
                defaults.minTokens());
    }

    /** Pairs that would merge: they share a band and lie within the distance. */
    private static long count(List<Pair> pairs, int[] lsh, int maxDistance) {
        return pairs.stream()
                .filter(
                        p -> {
                            boolean indexed = lsh[0] > 0;
                            ContentSignature a =
                                    sign(p.a(), indexed ? lsh[0] : 6, Math.max(1, lsh[1]));
                            ContentSignature b =
                                    sign(p.b(), indexed ? lsh[0] : 6, Math.max(1, lsh[1]));
                            return (!indexed || shareBand(a, b))
                                    && SimHash.distance(a.simhash(), b.simhash()) <= maxDistance;
                        })
                .count();
    }

    private static int distance(Pair p, int bands, int rows) {
        return SimHash.distance(
                sign(p.a(), bands, rows).simhash(), sign(p.b(), bands, rows).simhash());
    }

    private static boolean shareBand(ContentSignature a, ContentSignature b) {
        return IntStream.range(0, Math.min(a.bands().length, b.bands().length))
                .anyMatch(i -> a.bands()[i] == b.bands()[i]);
    }

    private static ContentSignature sign(RawArticle a, int bands, int rows) {
        return ContentSignature.of(a, bands, rows, IdentityConfig.DEFAULT_MIN_TOKENS);
    }

    /**
     * Consecutive paragraphs cut into passages of at least {@code words} words, never overlapping.
     */
    static List<RawArticle> passages(List<RawArticle> seeds, int words) {
        var out = new ArrayList<RawArticle>();
        for (RawArticle seed : seeds) {
            var current = new StringBuilder();
            int count = 0;
            for (String paragraph : SeedVariants.paragraphs(seed.content())) {
                current.append(paragraph).append("\n\n");
                count += paragraph.split("\\s+").length;
                if (count >= words) {
                    out.add(seed.withText(null, null, current.toString().strip()));
                    current.setLength(0);
                    count = 0;
                }
            }
        }
        return out;
    }

    static int[] sorted(int[] a) {
        int[] b = a.clone();
        Arrays.sort(b);
        return b;
    }
}
