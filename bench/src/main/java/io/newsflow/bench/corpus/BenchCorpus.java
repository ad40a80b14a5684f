package io.newsflow.bench.corpus;

import io.newsflow.model.Origin;
import io.newsflow.model.RawArticle;
import io.newsflow.seeds.SeedCorpus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * A deterministic corpus of any size derived from the seed articles: the same size and seed always
 * give the same records. Most articles are new stories (sentences of the seeds recombined with a
 * story-specific sentence, so their texts differ as real stories do); the rest are, in known
 * shares, exact duplicates of an earlier article under another URL, edits of an earlier article
 * (same URL, changed text: a revision), and syndicated copies (another source re-running an earlier
 * story with its own byline).
 */
public final class BenchCorpus {
    /** Shares of each kind in percent; the rest are new stories. */
    public static final int DUPLICATE_PERCENT = 10;

    public static final int EDIT_PERCENT = 10;
    public static final int SYNDICATED_PERCENT = 10;

    private static final Instant START = Instant.parse("2025-09-01T00:00:00Z");
    private static final String[] SOURCES = {
        "antara", "kompas", "tempo", "detik", "republika", "cnnindonesia", "tribun", "liputan6"
    };
    private static final String[] SYLLABLES = {
        "ka", "ri", "mu", "sa", "to", "ne", "la", "di", "po", "ra", "wi", "su", "ba", "te", "go",
        "ma", "ni", "ha", "ju", "ye"
    };

    private final List<String> sentences;
    private final List<String> titles;
    private final long seed;

    /** What was generated, by kind; the identity step should find the same shares. */
    public record Mix(long stories, long duplicates, long edits, long syndicated) {
        public long total() {
            return stories + duplicates + edits + syndicated;
        }
    }

    public BenchCorpus(long seed) {
        this.seed = seed;
        var corpus = SeedCorpus.builtIn();
        sentences = new ArrayList<>();
        titles = new ArrayList<>();
        for (var s : corpus.seeds()) {
            titles.add(s.title());
            for (String sentence : s.text().split("(?<=[.!?])\\s+")) {
                if (sentence.length() > 40) {
                    sentences.add(sentence.strip());
                }
            }
        }
    }

    /** Generates {@code count} articles in order, passing each to {@code sink}. */
    public Mix generate(long count, Consumer<RawArticle> sink) {
        Generator generator = generator();
        for (long i = 0; i < count; i++) {
            sink.accept(generator.next());
        }
        return generator.mix();
    }

    /** An endless generator over this corpus, starting at its first article. */
    public Generator generator() {
        return new Generator();
    }

    /** Produces the corpus one article at a time, counting the kinds it produced. */
    public final class Generator {
        private final SplittableRandom random = new SplittableRandom(seed);
        // Earlier stories that re-runs refer to; bounded so memory stays flat for any size.
        private final List<RawArticle> recent = new ArrayList<>();
        private long index;
        private long stories;
        private long duplicates;
        private long edits;
        private long syndicated;

        private Generator() {}

        public RawArticle next() {
            long i = index++;
            int roll = random.nextInt(100);
            Instant fetchedAt = START.plus(Duration.ofMillis(i * 250));
            if (recent.isEmpty() || roll >= DUPLICATE_PERCENT + EDIT_PERCENT + SYNDICATED_PERCENT) {
                RawArticle article = story(i, fetchedAt, random);
                if (recent.size() < 1024) {
                    recent.add(article);
                } else {
                    recent.set(random.nextInt(recent.size()), article);
                }
                stories++;
                return article;
            }
            RawArticle earlier = recent.get(random.nextInt(recent.size()));
            if (roll < DUPLICATE_PERCENT) {
                duplicates++;
                return duplicate(earlier, i, fetchedAt);
            } else if (roll < DUPLICATE_PERCENT + EDIT_PERCENT) {
                edits++;
                return edit(earlier, fetchedAt, random);
            }
            syndicated++;
            return syndicated(earlier, i, fetchedAt, random);
        }

        public Mix mix() {
            return new Mix(stories, duplicates, edits, syndicated);
        }
    }

    private RawArticle story(long i, Instant fetchedAt, SplittableRandom random) {
        String source = SOURCES[(int) (i % SOURCES.length)];
        String name = name(random) + " " + name(random);
        String place = name(random);
        int n = 6 + random.nextInt(7);
        var text = new StringBuilder();
        text.append(name)
                .append(" mengatakan di ")
                .append(place)
                .append(" pada hari ke-")
                .append(1 + random.nextInt(28))
                .append(" bahwa ")
                .append(100 + random.nextInt(9_900))
                .append(" orang terdampak oleh keputusan itu.");
        for (int k = 0; k < n; k++) {
            text.append(k % 3 == 0 ? "\n\n" : " ")
                    .append(sentences.get(random.nextInt(sentences.size())));
        }
        String title = titles.get(random.nextInt(titles.size())) + " — " + name + " di " + place;
        return RawArticle.builder()
                .feedId(source + "-nasional")
                .sourceName(source)
                .url("https://" + source + ".bench.invalid/berita/" + i)
                .guid(source + ":" + i)
                .title(title)
                .content(text.toString())
                .authors(List.of(name(random)))
                .publishedAt(fetchedAt.minusSeconds(60))
                .fetchedAt(fetchedAt)
                .languageHint("id")
                .origin(Origin.REPLAY)
                .build();
    }

    /** The same text again from the same source under another URL (mobile site). */
    private static RawArticle duplicate(RawArticle earlier, long i, Instant fetchedAt) {
        return RawArticle.builder()
                .feedId(earlier.feedId())
                .sourceName(earlier.sourceName())
                .url(earlier.url().replace("://", "://m.") + "?dup=" + i)
                .guid(earlier.guid() + ":m")
                .title(earlier.title())
                .content(earlier.content())
                .authors(earlier.authors())
                .publishedAt(earlier.publishedAt())
                .fetchedAt(fetchedAt)
                .languageHint(earlier.languageHint())
                .origin(Origin.REPLAY)
                .build();
    }

    /** The same article (same URL, so the same id) with a correction appended. */
    private RawArticle edit(RawArticle earlier, Instant fetchedAt, SplittableRandom random) {
        return RawArticle.builder()
                .articleId(earlier.articleId())
                .feedId(earlier.feedId())
                .sourceName(earlier.sourceName())
                .url(earlier.url())
                .canonicalUrl(earlier.canonicalUrl())
                .guid(earlier.guid())
                .title(earlier.title())
                .content(
                        earlier.content()
                                + "\n\nRalat: angka korban diperbarui menjadi "
                                + (100 + random.nextInt(9_900))
                                + " orang.")
                .authors(earlier.authors())
                .publishedAt(earlier.publishedAt())
                .updatedAt(fetchedAt)
                .fetchedAt(fetchedAt)
                .languageHint(earlier.languageHint())
                .origin(Origin.REPLAY)
                .build();
    }

    /** Another source re-running the story with its own byline and dateline. */
    private RawArticle syndicated(
            RawArticle earlier, long i, Instant fetchedAt, SplittableRandom random) {
        String source = SOURCES[(int) ((i + 3) % SOURCES.length)];
        return RawArticle.builder()
                .feedId(source + "-nasional")
                .sourceName(source)
                .url("https://" + source + ".bench.invalid/syndikasi/" + i)
                .guid(source + ":syn:" + i)
                .title(earlier.title())
                .content(
                        "Jakarta ("
                                + source
                                + ") - "
                                + earlier.content()
                                + "\n\nPewarta: "
                                + name(random))
                .publishedAt(fetchedAt.minusSeconds(30))
                .fetchedAt(fetchedAt)
                .languageHint("id")
                .origin(Origin.REPLAY)
                .build();
    }

    private static String name(SplittableRandom random) {
        int parts = 2 + random.nextInt(2);
        var name = new StringBuilder();
        for (int p = 0; p < parts; p++) {
            name.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
