package io.newsflow.app;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.app.runtime.ProcessorsRunner;
import io.newsflow.broker.testing.TestKafka;
import io.newsflow.config.BrokerConfig;
import io.newsflow.config.NewsflowConfig;
import io.newsflow.kafka.JsonSerde;
import io.newsflow.kafka.Topics;
import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.RawArticle;
import io.newsflow.processors.Enrichers;
import io.newsflow.processors.EnrichmentStep;
import io.newsflow.processors.normalize.ArticleNormalizer;
import io.newsflow.testing.SampleArticles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The way back from {@code news.dlq} on a real broker: an article that failed in a step after
 * identity is enriched once when redelivered after the fix, and a second run sends nothing again.
 */
class RedeliverIT {
    private static final Topics TOPICS = Topics.DEFAULT;

    @TempDir Path work;

    @Test
    void aDeadLetterFromALaterStepIsEnrichedOnceAfterTheFix() {
        var broken = new AtomicBoolean(true);
        EnrichmentStep language =
                new EnrichmentStep() {
                    @Override
                    public String name() {
                        return "detect-language";
                    }

                    @Override
                    public EnrichedArticle apply(EnrichedArticle article) {
                        if (broken.get()) {
                            throw new IllegalStateException("detector crashed");
                        }
                        return article;
                    }
                };
        var enrichers =
                new Enrichers(
                        new ArticleNormalizer(),
                        language,
                        EnrichmentStep.none("tag-entities"),
                        EnrichmentStep.none("tag-topics"));
        try (var kafka = TestKafka.start(work.resolve("broker"))) {
            kafka.createTopics(TOPICS, 2);
            NewsflowConfig config =
                    NewsflowConfig.defaults()
                            .withBroker(new BrokerConfig(work.resolve("state"), null, null, null));
            try (var processors =
                    new ProcessorsRunner(config, kafka.bootstrapServers(), TOPICS, enrichers)) {
                processors.start();
                RawArticle article = SampleArticles.indonesian();
                kafka.produceBytes(
                        TOPICS.raw().name(),
                        article.articleId().getBytes(UTF_8),
                        new JsonSerde<>(RawArticle.class).serialize("t", article));
                assertThat(kafka.readBytes(TOPICS.dlq().name(), 1, Duration.ofSeconds(60)))
                        .hasSize(1);
                broken.set(false);

                var dry = new StringWriter();
                assertThat(run(kafka, dry, "redeliver", "--dry-run")).isZero();
                assertThat(dry.toString())
                        .contains("would redeliver key=" + article.articleId())
                        .contains("stage=detect-language")
                        .contains("would redeliver 1 dead letters");

                // a run for another stage passes over this letter without using it up
                var other = new StringWriter();
                assertThat(run(kafka, other, "redeliver", "--stage", "tag-entities")).isZero();
                assertThat(other.toString())
                        .contains("redelivered 0 dead letters")
                        .contains("skipped 1");

                var first = new StringWriter();
                assertThat(run(kafka, first, "redeliver", "--stage", "detect-language")).isZero();
                assertThat(first.toString()).contains("redelivered 1 dead letters");
                var enriched = kafka.read(TOPICS.enriched(), 1, Duration.ofSeconds(60));
                assertThat(enriched)
                        .singleElement()
                        .satisfies(r -> assertThat(r.key()).isEqualTo(article.articleId()));

                var second = new StringWriter();
                assertThat(run(kafka, second, "redeliver", "--stage", "detect-language")).isZero();
                assertThat(second.toString()).contains("redelivered 0 dead letters");
                assertThat(kafka.read(TOPICS.enriched(), 2, Duration.ofSeconds(5))).hasSize(1);
                assertThat(processors.failure()).isNull();
            }
        }
    }

    private static int run(TestKafka kafka, StringWriter out, String... args) {
        var cli = Newsflow.commandLine();
        cli.setOut(new PrintWriter(out, true));
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--bootstrap-servers";
        all[args.length + 1] = kafka.bootstrapServers();
        return cli.execute(all);
    }
}
