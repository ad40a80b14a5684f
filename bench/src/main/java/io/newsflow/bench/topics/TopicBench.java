package io.newsflow.bench.topics;

import io.newsflow.config.TopicsConfig;
import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.Language;
import io.newsflow.model.RawArticle;
import io.newsflow.processors.EnrichmentStep;
import io.newsflow.processors.topics.TopicClassifier;
import io.newsflow.processors.topics.TopicRules;
import io.newsflow.processors.topics.TopicStep;
import io.newsflow.seeds.SeedCorpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Topic tagging throughput on one core, rule load time and retained heap.
 *
 * <p>The corpus is the five seed articles (Indonesian news of 460–1,180 words, the long end of
 * news) plus their titles and first paragraphs as short items, so both lengths count. Throughput is
 * measured single-threaded (articles/s per core) for: the tagging step with the language known, the
 * step with the language unknown (every language's rules are tried), and a baseline that only runs
 * Lucene's Indonesian analyzer over the same text — the floor any stemmed-rule tagger pays. Each is
 * reported with its ratio to the baseline. Rates count the measuring thread's CPU time, so they are
 * per core and robust to other load on a shared machine; medians of five timed rounds after a
 * warm-up round.
 *
 * <p>Run: see {@code docs/topics.md} ("Measured").
 */
public final class TopicBench {
    private static final int ROUNDS = 5;
    private static final long ROUND_NANOS = 2_000_000_000L;

    private TopicBench() {}

    public static void main(String[] args) {
        List<EnrichedArticle> known = corpus();

        long heapBefore = usedHeapAfterGc();
        var threads = ManagementFactory.getThreadMXBean();
        long loadStart = System.nanoTime();
        long loadCpuStart = threads.getCurrentThreadCpuTime();
        TopicRules rules = TopicRules.builtIn();
        double firstLoadMs = (System.nanoTime() - loadStart) / 1e6;
        double firstLoadCpuMs = (threads.getCurrentThreadCpuTime() - loadCpuStart) / 1e6;
        long heapAfter = usedHeapAfterGc();
        double warmLoadMs = median(repeat(5, () -> TopicRules.builtIn()));

        EnrichmentStep step =
                new TopicStep(
                        new TopicClassifier(
                                rules,
                                TopicsConfig.DEFAULT_THRESHOLD,
                                TopicsConfig.DEFAULT_MAX_TOPICS));
        Analyzer baselineAnalyzer = new IndonesianAnalyzer();

        System.out.printf(
                Locale.ROOT,
                "topic rules %s: %d patterns, %d languages + language-independent%n",
                rules.version(),
                rules.patternCount(),
                rules.languages().size());
        System.out.printf(
                Locale.ROOT,
                "load: first %.0f ms wall / %.0f ms CPU (includes class loading), warm median %.0f"
                        + " ms%n",
                firstLoadMs,
                firstLoadCpuMs,
                warmLoadMs);
        System.out.printf(
                Locale.ROOT,
                "retained heap of loaded rules: %.1f MiB%n",
                (heapAfter - heapBefore) / (1024.0 * 1024.0));
        report("full articles", everyOther(known, 0), baselineAnalyzer, step);
        report("title + lead paragraph", everyOther(known, 1), baselineAnalyzer, step);
    }

    private static void report(
            String name, List<EnrichedArticle> known, Analyzer analyzer, EnrichmentStep step) {
        List<EnrichedArticle> unknown =
                known.stream().map(a -> a.withLanguage(Language.UNKNOWN)).toList();
        double baseline = throughput(known, a -> tokenize(analyzer, a.article()));
        double tagKnown = throughput(known, step::apply);
        double tagUnknown = throughput(unknown, step::apply);
        int chars = known.stream().mapToInt(a -> a.article().fullText().length()).sum();
        System.out.printf(
                Locale.ROOT,
                "%s: %d articles, mean %d chars, one thread%n",
                name,
                known.size(),
                chars / known.size());
        System.out.printf(
                Locale.ROOT, "  baseline (Indonesian analyzer only): %7.0f articles/s%n", baseline);
        System.out.printf(
                Locale.ROOT,
                "  tag-topics, language known:          %7.0f articles/s (%.2f x baseline)%n",
                tagKnown,
                tagKnown / baseline);
        System.out.printf(
                Locale.ROOT,
                "  tag-topics, language unknown:        %7.0f articles/s (%.2f x baseline)%n",
                tagUnknown,
                tagUnknown / baseline);
    }

    private static List<EnrichedArticle> everyOther(List<EnrichedArticle> all, int from) {
        var picked = new ArrayList<EnrichedArticle>();
        for (int i = from; i < all.size(); i += 2) {
            picked.add(all.get(i));
        }
        return picked;
    }

    private static List<EnrichedArticle> corpus() {
        var articles = new ArrayList<EnrichedArticle>();
        for (RawArticle seed : SeedCorpus.builtIn().articles()) {
            articles.add(EnrichedArticle.of(seed));
            String content = seed.content();
            int cut = content.indexOf('\n', 200);
            String lead = cut < 0 ? content : content.substring(0, cut);
            articles.add(EnrichedArticle.of(seed.withText(seed.title(), null, lead)));
        }
        return articles;
    }

    /** Articles per second on this thread: the median of timed rounds after a warm-up round. */
    private static double throughput(
            List<EnrichedArticle> articles, Consumer<EnrichedArticle> work) {
        double[] rates = new double[ROUNDS];
        runFor(articles, work, ROUND_NANOS);
        for (int r = 0; r < ROUNDS; r++) {
            rates[r] = runFor(articles, work, ROUND_NANOS);
        }
        Arrays.sort(rates);
        return rates[ROUNDS / 2];
    }

    /**
     * Articles per second of this thread's CPU time: on a machine shared with other work, wall time
     * would measure the neighbours as much as the tagger. (Garbage collection on other threads is
     * not counted; the allocation per article is small.)
     */
    private static double runFor(
            List<EnrichedArticle> articles, Consumer<EnrichedArticle> work, long nanos) {
        var threads = ManagementFactory.getThreadMXBean();
        long wallStart = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long done = 0;
        do {
            for (EnrichedArticle article : articles) {
                work.accept(article);
            }
            done += articles.size();
        } while (System.nanoTime() - wallStart < nanos);
        return done / ((threads.getCurrentThreadCpuTime() - cpuStart) / 1e9);
    }

    private static int tokenize(Analyzer analyzer, RawArticle article) {
        int count = 0;
        try (TokenStream stream = analyzer.tokenStream("text", article.fullText())) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                count += term.length();
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count;
    }

    private static double[] repeat(int times, Runnable action) {
        double[] ms = new double[times];
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            action.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        return ms;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long usedHeapAfterGc() {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
