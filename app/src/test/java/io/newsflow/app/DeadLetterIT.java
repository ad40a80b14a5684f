package io.newsflow.app;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.app.runtime.ProcessorsRunner;
import io.newsflow.broker.testing.TestKafka;
import io.newsflow.config.BrokerConfig;
import io.newsflow.config.NewsflowConfig;
import io.newsflow.kafka.DeadLetterHeaders;
import io.newsflow.kafka.JsonSerde;
import io.newsflow.kafka.Topics;
import io.newsflow.model.RawArticle;
import io.newsflow.processors.Enrichers;
import io.newsflow.testing.SampleArticles;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Poison records on a real broker: dead-lettered with their position, and the pipeline goes on. */
class DeadLetterIT {
    private static final Topics TOPICS = Topics.DEFAULT;

    @TempDir Path work;

    @Test
    void garbageGoesToTheDeadLetterTopicAndLaterRecordsAreStillEnriched() {
        withProcessors(
                3,
                (kafka, processors) -> {
                    RawArticle good = SampleArticles.indonesian();

                    kafka.produceBytes(
                            TOPICS.raw().name(),
                            "poison".getBytes(UTF_8),
                            "\u0000\u0001 not json".getBytes(UTF_8));
                    kafka.produceBytes(
                            TOPICS.raw().name(),
                            good.articleId().getBytes(UTF_8),
                            new JsonSerde<>(RawArticle.class).serialize("t", good));

                    var dead = kafka.readBytes(TOPICS.dlq().name(), 1, Duration.ofSeconds(60));
                    var enriched = kafka.read(TOPICS.enriched(), 1, Duration.ofSeconds(60));

                    assertThat(dead).hasSize(1);
                    assertThat(new String(dead.get(0).key(), UTF_8)).isEqualTo("poison");
                    assertThat(
                                    new String(
                                            dead.get(0)
                                                    .headers()
                                                    .lastHeader(DeadLetterHeaders.STAGE)
                                                    .value(),
                                            UTF_8))
                            .isEqualTo("parse");
                    assertThat(
                                    new String(
                                            dead.get(0)
                                                    .headers()
                                                    .lastHeader(DeadLetterHeaders.SOURCE_TOPIC)
                                                    .value(),
                                            UTF_8))
                            .isEqualTo(TOPICS.raw().name());
                    assertThat(dead.get(0).headers().lastHeader(DeadLetterHeaders.SOURCE_OFFSET))
                            .isNotNull();
                    assertThat(enriched)
                            .singleElement()
                            .satisfies(r -> assertThat(r.key()).isEqualTo(good.articleId()));
                    await().atMost(Duration.ofSeconds(10))
                            .until(() -> processors.failure() == null);
                });
    }

    @Test
    void aRecordTooLargeToWriteOnIsDeadLetteredAndDoesNotStopTheProcessors() {
        // under the broker's limit on the raw topic, over the producer's once the failed record
        // carries its stage and error through the ledger hop: the refused send aborted the
        // transaction, the application stopped, and exactly-once read it again at every restart
        withProcessors(
                1,
                (kafka, processors) -> {
                    byte[] big = "x".repeat(1_048_400).getBytes(UTF_8);
                    RawArticle good = SampleArticles.indonesian();

                    kafka.produceBytes(TOPICS.raw().name(), "big".getBytes(UTF_8), big);
                    kafka.produceBytes(
                            TOPICS.raw().name(),
                            good.articleId().getBytes(UTF_8),
                            new JsonSerde<>(RawArticle.class).serialize("t", good));

                    var dead = kafka.readBytes(TOPICS.dlq().name(), 1, Duration.ofSeconds(60));
                    var enriched = kafka.read(TOPICS.enriched(), 1, Duration.ofSeconds(60));

                    assertThat(dead).hasSize(1);
                    var letter = dead.get(0);
                    assertThat(new String(letter.key(), UTF_8)).isEqualTo("big");
                    assertThat(letter.value()).hasSize(65_536).containsOnly((byte) 'x');
                    assertThat(header(letter, DeadLetterHeaders.STAGE)).isEqualTo("parse");
                    assertThat(header(letter, DeadLetterHeaders.ERROR_MESSAGE))
                            .contains("1,048,400 bytes");
                    assertThat(header(letter, DeadLetterHeaders.SOURCE_TOPIC))
                            .isEqualTo(TOPICS.raw().name());
                    assertThat(header(letter, DeadLetterHeaders.SOURCE_OFFSET)).isEqualTo("0");
                    assertThat(enriched)
                            .singleElement()
                            .satisfies(r -> assertThat(r.key()).isEqualTo(good.articleId()));
                    assertThat(processors.failure()).isNull();
                });
    }

    /** A broker with newsflow's topics and running processors for {@code test}, then both gone. */
    private void withProcessors(int partitions, BiConsumer<TestKafka, ProcessorsRunner> test) {
        try (var kafka = TestKafka.start(work.resolve("broker"))) {
            kafka.createTopics(TOPICS, partitions);
            NewsflowConfig config =
                    NewsflowConfig.defaults()
                            .withBroker(new BrokerConfig(work.resolve("state"), null, null, null));
            try (var processors =
                    new ProcessorsRunner(
                            config, kafka.bootstrapServers(), TOPICS, Enrichers.standard(config))) {
                processors.start();
                test.accept(kafka, processors);
            }
        }
    }

    private static String header(
            org.apache.kafka.clients.consumer.ConsumerRecord<byte[], byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), UTF_8);
    }
}
