package io.newsflow.ingest.poll;

import io.newsflow.kafka.Topic;
import io.newsflow.model.FeedState;
import io.newsflow.model.RawArticle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The poller's one Kafka producer (idempotent, {@code acks=all}) writing articles to {@code
 * news.articles.raw} (key = articleId) and feed states to {@code news.feeds.state} (key = feedId).
 * Every article send is waited for, so a feed's state never claims an item that was not
 * acknowledged (KAFKA-15591: a lost batch must never be silent). Topics must exist and be ready
 * before the first send (the lead's {@code TopicAdmin}).
 */
public final class KafkaFeedSinks implements ArticleSink, StateSink, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(KafkaFeedSinks.class);
    private static final long ACK_TIMEOUT_MS = 150_000; // beyond delivery.timeout.ms (120 s)

    private final Producer<String, byte[]> producer;
    private final Topic<String, RawArticle> raw;
    private final Topic<String, FeedState> state;

    public KafkaFeedSinks(
            Producer<String, byte[]> producer,
            Topic<String, RawArticle> raw,
            Topic<String, FeedState> state) {
        this.producer = producer;
        this.raw = raw;
        this.state = state;
    }

    public static Producer<String, byte[]> producer(
            String bootstrapServers, Map<String, String> clientProperties) {
        var props = new HashMap<String, Object>();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "newsflow-poller");
        props.putAll(clientProperties);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        props.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
        return new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }

    @Override
    public void publish(String feedId, List<RawArticle> articles) throws PublishException {
        if (articles.isEmpty()) {
            return;
        }
        List<Future<RecordMetadata>> acks = new ArrayList<>(articles.size());
        try {
            for (RawArticle a : articles) {
                byte[] value = raw.valueSerde().serializer().serialize(raw.name(), a);
                acks.add(producer.send(new ProducerRecord<>(raw.name(), a.articleId(), value)));
            }
            for (Future<RecordMetadata> ack : acks) {
                ack.get(ACK_TIMEOUT_MS, TimeUnit.MILLISECONDS);
            }
        } catch (ExecutionException e) {
            throw new PublishException(
                    "articles not acknowledged by Kafka: " + e.getCause().getMessage(),
                    e.getCause());
        } catch (TimeoutException | RuntimeException e) {
            throw new PublishException("articles not acknowledged by Kafka: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishException("interrupted while publishing", e);
        }
    }

    @Override
    public void save(FeedState s) {
        byte[] value = state.valueSerde().serializer().serialize(state.name(), s);
        producer.send(
                new ProducerRecord<>(state.name(), s.feedId(), value),
                (metadata, error) -> {
                    if (error != null) {
                        log.error(
                                "feed={} state not written to {}: {} — after a restart this feed"
                                        + " may be fetched early and items republished once",
                                s.feedId(),
                                state.name(),
                                error.getMessage());
                    }
                });
    }

    @Override
    public void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close(java.time.Duration.ofSeconds(10));
    }
}
