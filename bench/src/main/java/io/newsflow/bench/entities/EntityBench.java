package io.newsflow.bench.entities;

import io.newsflow.config.TopicsConfig;
import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.Entity;
import io.newsflow.model.Language;
import io.newsflow.model.RawArticle;
import io.newsflow.processors.EnrichmentStep;
import io.newsflow.processors.entities.EntityStep;
import io.newsflow.processors.entities.EntityTagger;
import io.newsflow.processors.topics.TopicStep;
import io.newsflow.seeds.SeedCorpus;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import opennlp.tools.tokenize.SimpleTokenizer;

/**
 * Entity tagging benchmark: load time, gazetteer size, retained heap and single-thread throughput
 * (articles/s on one core) over the seed articles, against a baseline measured in the same run
 * (tokenizing the same text, the least any tagger must do).
 *
 * <p>Run: {@code ./mvnw -q -pl bench -am package -DskipTests && java -Xmx300m -cp "$(cat
 * bench/target/classpath.txt)" io.newsflow.bench.entities.EntityBench [seconds]} — see
 * docs/entities.md for the exact command.
 */
public final class EntityBench {
    private EntityBench() {}

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 10;
        List<RawArticle> seeds = SeedCorpus.builtIn().articles();
        List<String> texts = seeds.stream().map(RawArticle::fullText).toList();

        long heapBefore = usedHeapAfterGc();
        long t0 = System.nanoTime();
        long cpu0 = cpuTime();
        EntityTagger tagger = EntityTagger.load();
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        double loadCpuSeconds = (cpuTime() - cpu0) / 1e9;
        long heapAfter = usedHeapAfterGc();

        System.out.printf(Locale.ROOT, "version           %s%n", tagger.version());
        System.out.printf(
                Locale.ROOT,
                "gazetteer         %,d entities, %,d aliases%n",
                tagger.gazetteer().entityCount(),
                tagger.gazetteer().aliasCount());
        System.out.printf(
                Locale.ROOT,
                "load (cold JVM)   %.2f s wall, %.2f s CPU of the loading thread%n",
                loadSeconds,
                loadCpuSeconds);
        System.out.printf(
                Locale.ROOT,
                "heap retained     %.1f MiB (used heap after GC: %.1f MiB; max %.0f MiB)%n",
                (heapAfter - heapBefore) / 1048576.0,
                heapAfter / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576.0);
        int chars = texts.stream().mapToInt(String::length).sum();
        System.out.printf(
                Locale.ROOT,
                "corpus            %d seed articles, %,d chars (%.0f chars/article)%n",
                texts.size(),
                chars,
                (double) chars / texts.size());

        double baseline =
                rate(
                        "tokenize only (baseline)",
                        texts,
                        seconds,
                        t -> SimpleTokenizer.INSTANCE.tokenizePos(t).length);
        EntityTagger dictionaryOnly = tagger.withoutNameFinder();
        double dictionary =
                rate(
                        "gazetteer + title rules (no name finder)",
                        texts,
                        seconds,
                        t -> dictionaryOnly.tag(t, "id").size());
        double full =
                rate(
                        "full: + name finder (language id)",
                        texts,
                        seconds,
                        t -> tagger.tag(t, "id").size());
        System.out.printf(
                Locale.ROOT,
                "ratios            dictionary/baseline %.2f, full/baseline %.2f, full/dictionary %.2f%n",
                dictionary / baseline,
                full / baseline,
                full / dictionary);

        // the two tagging steps as the topology runs them: entities, then topics (which reads them)
        long heapBeforeTopics = usedHeapAfterGc();
        EnrichmentStep topics = TopicStep.create(TopicsConfig.defaults());
        long heapWithTopics = usedHeapAfterGc();
        System.out.printf(
                Locale.ROOT,
                "heap with topics  %.1f MiB used after GC (topics step retains %.1f MiB)%n",
                heapWithTopics / 1048576.0,
                (heapWithTopics - heapBeforeTopics) / 1048576.0);
        var language = new Language("id", 1.0, List.of());
        List<EnrichedArticle> articles =
                seeds.stream().map(a -> EnrichedArticle.of(a).withLanguage(language)).toList();
        List<String> ids = articles.stream().map(EnrichedArticle::articleId).toList();
        EnrichmentStep entitiesStep = new EntityStep(tagger);
        EnrichmentStep entitiesLight = new EntityStep(dictionaryOnly);
        var byId = new java.util.HashMap<String, EnrichedArticle>();
        articles.forEach(a -> byId.put(a.articleId(), a));
        rate("topics step alone", ids, seconds, id -> topics.apply(byId.get(id)).topics().size());
        rate(
                "entities (full) + topics steps",
                ids,
                seconds,
                id -> topics.apply(entitiesStep.apply(byId.get(id))).topics().size());
        rate(
                "entities (no name finder) + topics steps",
                ids,
                seconds,
                id -> topics.apply(entitiesLight.apply(byId.get(id))).topics().size());
        long heapEnd = usedHeapAfterGc();
        System.out.printf(
                Locale.ROOT, "heap after run    %.1f MiB used after GC%n", heapEnd / 1048576.0);
        List<Entity> sample = tagger.tag(texts.get(0), "id");
        System.out.printf(Locale.ROOT, "sample            %d entities in seed 0%n", sample.size());
    }

    /** Articles per second on this thread, after a warm-up of a third of the time. */
    private static double rate(
            String label, List<String> texts, double seconds, Function<String, Integer> work) {
        long sink = 0;
        long warmUntil = System.nanoTime() + (long) (seconds / 3 * 1e9);
        int i = 0;
        while (System.nanoTime() < warmUntil) {
            sink += work.apply(texts.get(i++ % texts.size()));
        }
        long start = System.nanoTime();
        long until = start + (long) (seconds * 1e9);
        long threadStart = cpuTime();
        int n = 0;
        while (System.nanoTime() < until) {
            sink += work.apply(texts.get(n++ % texts.size()));
        }
        double wall = (System.nanoTime() - start) / 1e9;
        double cpu = (cpuTime() - threadStart) / 1e9;
        double perCpuSecond = n / cpu;
        System.out.printf(
                Locale.ROOT,
                "%-42s %,9.0f articles/s per core (%,d in %.1f s wall, %.1f s CPU) [%d]%n",
                label,
                perCpuSecond,
                n,
                wall,
                cpu,
                sink % 10);
        return perCpuSecond;
    }

    private static long cpuTime() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static long usedHeapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
