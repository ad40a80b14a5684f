package io.newsflow.ingest.replay;

import io.newsflow.kafka.Topic;
import io.newsflow.model.RawArticle;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes a corpus to {@code news.articles.raw}, key = {@code articleId}, through an idempotent
 * producer with {@code acks=all}. Every send is checked: a replay either reports all records
 * acknowledged or fails loudly, never loses one silently.
 */
public final class Replayer {
    private static final Logger log = LoggerFactory.getLogger(Replayer.class);

    private final Producer<String, RawArticle> producer;
    private final Topic<String, RawArticle> raw;

    public Replayer(Producer<String, RawArticle> producer, Topic<String, RawArticle> raw) {
        this.producer = producer;
        this.raw = raw;
    }

    /** A producer for replays: idempotent, {@code acks=all}, batched and compressed. */
    public static Producer<String, RawArticle> producer(
            String bootstrapServers,
            Map<String, String> clientProperties,
            Topic<String, RawArticle> raw) {
        var props = new HashMap<String, Object>();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        props.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "newsflow-replayer");
        props.putAll(clientProperties);
        return new KafkaProducer<>(
                props, raw.keySerde().serializer(), raw.valueSerde().serializer());
    }

    /** What a replay did: records acknowledged by the broker and entries rejected as unreadable. */
    public record Result(long published, long rejected) {}

    public Result replay(Corpus corpus) {
        var acknowledged = new AtomicLong();
        var rejected = new AtomicLong();
        var firstFailure = new AtomicReference<Exception>();
        long started = System.nanoTime();
        corpus.forEach(
                article -> {
                    if (firstFailure.get() != null) {
                        return;
                    }
                    producer.send(
                            new ProducerRecord<>(raw.name(), article.articleId(), article),
                            (metadata, error) -> {
                                if (error != null) {
                                    firstFailure.compareAndSet(null, error);
                                } else {
                                    long n = acknowledged.incrementAndGet();
                                    if (n % 10_000 == 0) {
                                        log.info(
                                                "replay {}: {} articles published",
                                                corpus.describe(),
                                                n);
                                    }
                                }
                            });
                },
                reject -> {
                    rejected.incrementAndGet();
                    log.error(
                            "replay {}: skipped {}: {}",
                            corpus.describe(),
                            reject.position(),
                            reject.reason());
                });
        producer.flush();
        if (firstFailure.get() != null) {
            throw new IllegalStateException(
                    "replay of "
                            + corpus.describe()
                            + " failed after "
                            + acknowledged.get()
                            + " acknowledged records: "
                            + firstFailure.get().getMessage()
                            + " — check the broker and run the replay again (article ids are stable, the identity"
                            + " step drops the records already published)",
                    firstFailure.get());
        }
        var result = new Result(acknowledged.get(), rejected.get());
        log.info(
                "replay {}: {} articles published to {}{} in {} ms",
                corpus.describe(),
                result.published(),
                raw.name(),
                result.rejected() > 0 ? ", " + result.rejected() + " rejected" : "",
                Duration.ofNanos(System.nanoTime() - started).toMillis());
        return result;
    }
}
