package io.newsflow.bench.language;

import io.newsflow.config.LanguageConfig;
import io.newsflow.model.Language;
import io.newsflow.model.RawArticle;
import io.newsflow.processors.language.DetectionText;
import io.newsflow.processors.language.LanguageDetector;
import io.newsflow.processors.language.OpenNlpLanguageModel;
import io.newsflow.processors.language.eval.AccuracyReport;
import io.newsflow.processors.language.eval.LabeledText;
import io.newsflow.processors.language.eval.LabeledText.Length;
import io.newsflow.processors.language.eval.LangidDevSets;
import io.newsflow.seeds.SeedCorpus;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;
import opennlp.tools.langdetect.LanguageDetectorME;

/**
 * A {@code main} harness for the detect-language step. Run by hand, on an otherwise idle machine:
 *
 * <pre>
 * ./mvnw -B -q -Dspotless.apply.skip=true -pl bench -am package -DskipTests
 * ./mvnw -B -q -pl bench dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx256m -cp bench/target/classes:$(cat bench/target/cp.txt) \
 *     io.newsflow.bench.language.LanguageBench [seconds-per-measurement]
 * </pre>
 *
 * Throughput is single-threaded and counted per CPU-second of the measuring thread. The baseline is
 * the bare model call ({@code OpenNlpLanguageModel}: OpenNLP's model, scored by newsflow) on the
 * same texts in the same run, so the ratio shows what evidence combination adds, whatever the
 * machine's speed; that call is in turn compared with OpenNLP's own {@code LanguageDetectorME}.
 */
public final class LanguageBench {
    private static volatile Object sink;

    private LanguageBench() {}

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 5.0;
        var memory = ManagementFactory.getMemoryMXBean();
        long heapBefore = settledHeap();
        var threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        LanguageDetector detector = LanguageDetector.load(LanguageConfig.defaults());
        double loadMs = (System.nanoTime() - start) / 1e6;
        double loadCpuMs = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        long heapAfter = settledHeap();
        System.out.printf(
                Locale.ROOT,
                "load: %.0f ms wall, %.0f ms CPU; retained heap %.1f MiB (heap used now %.1f MiB),"
                        + " %d languages%n",
                loadMs,
                loadCpuMs,
                (heapAfter - heapBefore) / 1048576.0,
                memory.getHeapMemoryUsage().getUsed() / 1048576.0,
                detector.languages().size());

        Optional<Path> devDir = LangidDevSets.locate();
        List<LabeledText> dev = devDir.map(LangidDevSets::load).orElse(List.of());
        List<RawArticle> articles = articles(dev);
        List<String> titles = titles(dev);
        System.out.printf(
                Locale.ROOT,
                "inputs: %d articles (mean %d chars), %d titles/sentences (mean %d chars)%n",
                articles.size(),
                (int) articles.stream().mapToInt(a -> a.fullText().length()).average().orElse(0),
                titles.size(),
                (int) titles.stream().mapToInt(String::length).average().orElse(0));

        OpenNlpLanguageModel model = OpenNlpLanguageModel.load();
        Set<String> allowed = detector.languages();
        int maxChars = LanguageConfig.DEFAULT_MAX_CHARS;
        List<String> articleTexts =
                articles.stream().map(a -> DetectionText.of(a, maxChars).text()).toList();

        // Warm both paths before measuring.
        rate(articles, a -> detector.detect(a).code().length(), seconds / 2);
        rate(articleTexts, t -> model.probabilities(t, allowed).size(), seconds / 2);

        double baseArticles =
                rate(articleTexts, t -> model.probabilities(t, allowed).size(), seconds);
        double stepArticles = rate(articles, a -> detector.detect(a).code().length(), seconds);
        double baseTitles = rate(titles, t -> model.probabilities(t, allowed).size(), seconds);
        double stepTitles = rate(titles, t -> detector.detect(t, null).code().length(), seconds);
        System.out.printf(
                Locale.ROOT,
                "articles per CPU-second (1 thread): %.0f = %.2f x bare model call (%.0f)%n",
                stepArticles,
                stepArticles / baseArticles,
                baseArticles);
        System.out.printf(
                Locale.ROOT,
                "titles per CPU-second   (1 thread): %.0f = %.2f x bare model call (%.0f)%n",
                stepTitles,
                stepTitles / baseTitles,
                baseTitles);

        // newsflow scores the model's features itself (OpenNlpLanguageModel, GramWeights);
        // OpenNLP's own detector on the same texts and model is what that replaced.
        var openNlp = new LanguageDetectorME(OpenNlpLanguageModel.readOpenNlpModel());
        rate(articleTexts, t -> openNlp.predictLanguages(t).length, seconds / 2);
        double openNlpArticles =
                rate(articleTexts, t -> openNlp.predictLanguages(t).length, seconds);
        double openNlpTitles = rate(titles, t -> openNlp.predictLanguages(t).length, seconds);
        System.out.printf(
                Locale.ROOT,
                "bare model call vs OpenNLP's LanguageDetectorME (same model, same texts):"
                        + " articles %.2f x (%.0f/s), titles %.2f x (%.0f/s)%n",
                baseArticles / openNlpArticles,
                openNlpArticles,
                baseTitles / openNlpTitles,
                openNlpTitles);

        if (dev.isEmpty()) {
            System.out.println("accuracy: skipped, " + LangidDevSets.DIR + " not found");
            return;
        }
        AccuracyReport report = AccuracyReport.measure(detector, dev);
        System.out.println("accuracy on " + devDir.get() + ", default languages:");
        System.out.print(report.format());
        Language seedCheck = detector.detect(SeedCorpus.builtIn().articles().get(0));
        System.out.println("seed 0: " + seedCheck);
    }

    /** The seeds, and dev-set paragraphs of one language joined into article-sized texts. */
    private static List<RawArticle> articles(List<LabeledText> dev) {
        var out = new ArrayList<>(SeedCorpus.builtIn().articles());
        var body = new StringBuilder();
        String language = null;
        for (LabeledText item : dev) {
            if (item.length() != Length.PARAGRAPH) {
                continue;
            }
            if (!item.language().equals(language) || body.length() > 2000) {
                if (body.length() > 500) {
                    out.add(article(out.size(), body.toString()));
                }
                body.setLength(0);
                language = item.language();
            }
            body.append(item.text()).append("\n\n");
        }
        return out;
    }

    private static RawArticle article(int n, String body) {
        int firstStop = body.indexOf(". ");
        String title = firstStop > 0 && firstStop < 150 ? body.substring(0, firstStop) : "";
        return RawArticle.builder()
                .feedId("bench")
                .url("https://example.com/" + n)
                .title(title)
                .content(body)
                .build();
    }

    private static List<String> titles(List<LabeledText> dev) {
        var out = new ArrayList<String>();
        SeedCorpus.builtIn().articles().forEach(a -> out.add(a.title()));
        dev.stream().filter(t -> t.length() == Length.SENTENCE).forEach(t -> out.add(t.text()));
        return out;
    }

    /**
     * Inputs per CPU-second of this thread: on a machine shared with other builds, wall time says
     * more about the neighbours than about this code, CPU time says what one core can do.
     */
    private static <T> double rate(List<T> inputs, ToIntFunction<T> work, double seconds) {
        var threads = ManagementFactory.getThreadMXBean();
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        long cpuStart = threads.getCurrentThreadCpuTime();
        long done = 0;
        int checksum = 0;
        while (System.nanoTime() < deadline) {
            for (T input : inputs) {
                checksum += work.applyAsInt(input);
                done++;
            }
        }
        sink = checksum;
        return done / ((threads.getCurrentThreadCpuTime() - cpuStart) / 1e9);
    }

    private static long settledHeap() {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
