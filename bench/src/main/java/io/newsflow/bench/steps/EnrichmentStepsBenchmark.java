package io.newsflow.bench.steps;

import io.newsflow.bench.corpus.BenchCorpus;
import io.newsflow.config.IdentityConfig;
import io.newsflow.config.NewsflowConfig;
import io.newsflow.kafka.Topics;
import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.RawArticle;
import io.newsflow.processors.ArticleParser;
import io.newsflow.processors.Enrichers;
import io.newsflow.processors.EnrichmentStep;
import io.newsflow.processors.Envelope;
import io.newsflow.processors.identity.ContentSignature;
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
 * Each per-article step of the pipeline alone, on the benchmark corpus, with the input it gets in
 * the topology (each step's articles have been through the steps before it): parsing the raw JSON,
 * normalizing, the identity step's content signature, language, entities and topics. Average time
 * per article; {@code StepCosts} gives the same split as one quick table.
 *
 * <p>{@code java -cp 'bench/target/newsflow-bench.jar:bench/target/lib/*' org.openjdk.jmh.Main
 * EnrichmentStepsBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EnrichmentStepsBenchmark {
    private static final int ARTICLES = 512;

    private final IdentityConfig identity = NewsflowConfig.defaults().identity();
    private EnrichmentStep normalize;
    private EnrichmentStep language;
    private EnrichmentStep entities;
    private EnrichmentStep topics;
    private List<byte[]> rawJson;
    private List<EnrichedArticle> parsed;
    private List<EnrichedArticle> normalized;
    private List<EnrichedArticle> withLanguage;
    private List<EnrichedArticle> withEntities;
    private int next;

    @Setup
    public void corpus() {
        Enrichers enrichers = Enrichers.standard(NewsflowConfig.defaults());
        normalize = enrichers.normalize();
        language = enrichers.language();
        entities = enrichers.entities();
        topics = enrichers.topics();
        var serializer = Topics.DEFAULT.raw().valueSerde().serializer();
        rawJson = new ArrayList<>();
        parsed = new ArrayList<>();
        normalized = new ArrayList<>();
        withLanguage = new ArrayList<>();
        withEntities = new ArrayList<>();
        new BenchCorpus(42)
                .generate(
                        ARTICLES,
                        (RawArticle a) -> {
                            byte[] json = serializer.serialize(Topics.RAW, a);
                            rawJson.add(json);
                            EnrichedArticle p = ArticleParser.parse(a.articleId(), json).article();
                            parsed.add(p);
                            EnrichedArticle n = normalize.apply(p);
                            normalized.add(n);
                            EnrichedArticle l = language.apply(n);
                            withLanguage.add(l);
                            withEntities.add(entities.apply(l));
                        });
    }

    private int index() {
        return next++ & (ARTICLES - 1);
    }

    @Benchmark
    public Envelope parse() {
        return ArticleParser.parse("k", rawJson.get(index()));
    }

    @Benchmark
    public EnrichedArticle normalize() {
        return normalize.apply(parsed.get(index()));
    }

    @Benchmark
    public ContentSignature identitySignature() {
        return ContentSignature.of(
                normalized.get(index()).article(),
                identity.lshBands(),
                identity.lshRows(),
                identity.minTokens());
    }

    @Benchmark
    public EnrichedArticle detectLanguage() {
        return language.apply(normalized.get(index()));
    }

    @Benchmark
    public EnrichedArticle tagEntities() {
        return entities.apply(withLanguage.get(index()));
    }

    @Benchmark
    public EnrichedArticle tagTopics() {
        return topics.apply(withEntities.get(index()));
    }
}
