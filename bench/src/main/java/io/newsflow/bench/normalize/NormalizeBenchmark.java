package io.newsflow.bench.normalize;

import io.newsflow.bench.corpus.BenchCorpus;
import io.newsflow.model.EnrichedArticle;
import io.newsflow.processors.normalize.ArticleNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The normalize step alone on the benchmark corpus (plain text) and on the same articles as HTML,
 * as feeds deliver them. Run: {@code java -cp 'bench/target/newsflow-bench.jar:bench/target/lib/*'
 * org.openjdk.jmh.Main NormalizeBenchmark}. Other steps add theirs beside it, one package per area.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class NormalizeBenchmark {
    private final ArticleNormalizer normalizer = new ArticleNormalizer();
    private List<EnrichedArticle> plain;
    private List<EnrichedArticle> html;
    private int next;

    @Setup
    public void corpus() {
        plain = new ArrayList<>();
        html = new ArrayList<>();
        new BenchCorpus(42)
                .generate(
                        256,
                        a -> {
                            plain.add(EnrichedArticle.of(a));
                            html.add(
                                    EnrichedArticle.of(
                                            a.withText(
                                                    a.title(),
                                                    a.summary(),
                                                    "<p>"
                                                            + a.content()
                                                                    .replace("\n\n", "</p><p>")
                                                                    .replace("&", "&amp;")
                                                            + "</p>")));
                        });
    }

    @Benchmark
    public EnrichedArticle plainText() {
        return normalizer.apply(plain.get(next++ & 255));
    }

    @Benchmark
    public EnrichedArticle html() {
        return normalizer.apply(html.get(next++ & 255));
    }
}
