package io.newsflow.bench.identity;

import io.newsflow.model.IdentityStatus;
import io.newsflow.model.RawArticle;
import io.newsflow.seeds.SeedCorpus;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * A deterministic stream of articles derived from the seeds with known shares: 40% originals (the
 * seeds, then six-paragraph texts drawn from the seeds' vocabulary), 30% exact re-polls of an
 * earlier article's latest version, 10% revisions (same URL, a sentence added or the title
 * changed), 20% syndicated copies (another outlet's URL, one {@link SeedVariants} edit). Each
 * non-original refers to one of the last 2,000 originals, as news re-runs cluster in time.
 */
public final class SyntheticArticles {
    private static final int RECENT = 2_000;

    private final List<String> vocabulary = new ArrayList<>();
    private final List<RawArticle> seeds;
    private final Map<IdentityStatus, Integer> expected = new EnumMap<>(IdentityStatus.class);

    public SyntheticArticles() {
        seeds = SeedCorpus.builtIn().articles();
        seeds.forEach(s -> vocabulary.addAll(List.of(s.content().split("\\s+"))));
        for (IdentityStatus s : IdentityStatus.values()) {
            expected.put(s, 0);
        }
    }

    /** Emits {@code count} articles in order; the same count always gives the same articles. */
    public void generate(int count, Consumer<RawArticle> out) {
        var random = new Random(20_250_819L);
        RawArticle[] recent = new RawArticle[RECENT];
        int originals = 0;
        List<SeedVariants.Edit> edits = SeedVariants.edits();
        for (int i = 0; i < count; i++) {
            double roll = random.nextDouble();
            if (originals == 0 || roll < 0.40) {
                RawArticle a = original(originals, random);
                recent[originals % RECENT] = a;
                originals++;
                expect(IdentityStatus.NEW);
                out.accept(a);
                continue;
            }
            int slot = random.nextInt(Math.min(originals, RECENT));
            RawArticle latest = recent[slot];
            if (roll < 0.70) {
                expect(IdentityStatus.DUPLICATE_OF);
                out.accept(latest);
            } else if (roll < 0.80) {
                RawArticle revised =
                        random.nextBoolean()
                                ? latest.withText(
                                        latest.title() + " (diperbarui)",
                                        latest.summary(),
                                        latest.content())
                                : latest.withText(
                                        latest.title(),
                                        latest.summary(),
                                        latest.content()
                                                + "\nPembaruan "
                                                + i
                                                + ": "
                                                + words(random, 12));
                recent[slot] = revised;
                expect(IdentityStatus.UPDATED);
                out.accept(revised);
            } else {
                SeedVariants.Edit edit = edits.get(random.nextInt(edits.size()));
                RawArticle edited = edit.apply().apply(latest);
                RawArticle copy =
                        RawArticle.builder()
                                .feedId("outlet-" + (i % 17))
                                .sourceName("outlet-" + (i % 17))
                                .url("https://outlet" + (i % 17) + ".example/berita/" + i)
                                .guid("outlet-" + i)
                                .title(edited.title())
                                .content(edited.content())
                                .publishedAt(edited.publishedAt())
                                .build();
                expect(IdentityStatus.SYNDICATED_COPY);
                out.accept(copy);
            }
        }
    }

    /** How many of each decision the stream was built to contain. */
    public Map<IdentityStatus, Integer> expected() {
        return expected;
    }

    private void expect(IdentityStatus status) {
        expected.merge(status, 1, Integer::sum);
    }

    private RawArticle original(int n, Random random) {
        if (n < seeds.size()) {
            RawArticle seed = seeds.get(n);
            return RawArticle.builder()
                    .feedId("wire")
                    .sourceName(seed.sourceName())
                    .url("https://wire.example/seed/" + n)
                    .guid("wire-seed-" + n)
                    .title(seed.title())
                    .content(seed.content())
                    .publishedAt(seed.publishedAt())
                    .build();
        }
        var text = new StringBuilder();
        for (int p = 0; p < 6; p++) {
            if (p > 0) {
                text.append('\n');
            }
            text.append(words(random, 40 + random.nextInt(20))).append('.');
        }
        return RawArticle.builder()
                .feedId("wire")
                .sourceName("wire")
                .url("https://wire.example/" + n)
                .guid("wire-" + n)
                .title("Laporan " + n + ": " + words(random, 6))
                .content(text.toString())
                .publishedAt(java.time.Instant.parse("2025-08-19T00:00:00Z").plusSeconds(n))
                .build();
    }

    private String words(Random random, int n) {
        var s = new StringBuilder();
        for (int w = 0; w < n; w++) {
            if (w > 0) {
                s.append(' ');
            }
            s.append(vocabulary.get(random.nextInt(vocabulary.size())));
        }
        return s.toString();
    }
}
