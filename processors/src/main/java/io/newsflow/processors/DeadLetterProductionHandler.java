package io.newsflow.processors;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.newsflow.kafka.DeadLetterHeaders;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What Kafka Streams does when a record cannot be written. A record that cannot be serialized
 * becomes a dead letter on {@code news.dlq} (no value; headers name the stage {@value #STAGE}, the
 * error, the topic it was meant for, and the source record) and processing goes on: serializing
 * happens before the producer sees the record, so the transaction is unharmed. A record the
 * producer refuses as too large cannot be skipped under exactly-once — the refusal puts the
 * transactional producer in an abortable error state — so it still fails, with a log line that
 * names the source record and what to do; {@link ArticleParser#MAX_VALUE_BYTES} keeps articles far
 * enough below the limit that this should not happen. Any other send error (the broker, the
 * network) fails as before.
 */
public final class DeadLetterProductionHandler implements ProductionExceptionHandler {
    /** The dead-letter topic's name, among the Streams properties (set by StreamsSettings). */
    public static final String DLQ_TOPIC_CONFIG = "newsflow.dlq.topic";

    /** The stage named on these dead letters. */
    public static final String STAGE = "write";

    /** Where the record was meant to go. */
    public static final String TARGET_TOPIC = "newsflow.dlq.target.topic";

    private static final Logger log = LoggerFactory.getLogger(DeadLetterProductionHandler.class);

    private String dlqTopic;

    @Override
    public void configure(Map<String, ?> configs) {
        Object topic = configs.get(DLQ_TOPIC_CONFIG);
        if (topic == null || topic.toString().isBlank()) {
            throw new IllegalArgumentException(
                    DLQ_TOPIC_CONFIG + " must name the dead-letter topic");
        }
        dlqTopic = topic.toString();
    }

    @Override
    public Response handleError(
            ErrorHandlerContext context,
            ProducerRecord<byte[], byte[]> record,
            Exception exception) {
        if (exception instanceof RecordTooLargeException
                || exception instanceof RecordBatchTooLargeException) {
            log.error(
                    "cannot write a record for {} made from {}-{}@{} (key {}): {} — exactly-once"
                            + " cannot skip it; remove or shorten that source record (or raise the"
                            + " producer's max.request.size and the topics' max.message.bytes) and"
                            + " restart",
                    record.topic(),
                    context.topic(),
                    context.partition(),
                    context.offset(),
                    record.key() == null ? null : new String(record.key(), UTF_8),
                    exception.getMessage());
        }
        return Response.fail();
    }

    @Override
    public Response handleSerializationError(
            ErrorHandlerContext context,
            ProducerRecord record,
            Exception exception,
            SerializationExceptionOrigin origin) {
        @SuppressWarnings("unchecked") // the key is a String for every topic newsflow writes
        var unserialized = (ProducerRecord<Object, Object>) record;
        byte[] key =
                unserialized.key() == null ? null : unserialized.key().toString().getBytes(UTF_8);
        var asBytes =
                new ProducerRecord<byte[], byte[]>(
                        record.topic(), record.partition(), record.timestamp(), key, null);
        return Response.resume(List.of(deadLetter(context, asBytes, exception)));
    }

    private ProducerRecord<byte[], byte[]> deadLetter(
            ErrorHandlerContext context,
            ProducerRecord<byte[], byte[]> record,
            Exception exception) {
        String key = record.key() == null ? null : new String(record.key(), UTF_8);
        String source = context.topic() + "-" + context.partition() + "@" + context.offset();
        log.warn(
                "dead-lettered articleId={} stage={} source={} error={}: {} — the record for {} could"
                        + " not be serialized (a bug: please report it with this line); replay the"
                        + " source record once fixed",
                key,
                STAGE,
                source,
                exception.getClass().getName(),
                exception.getMessage(),
                record.topic());
        Headers headers = new RecordHeaders();
        put(headers, DeadLetterHeaders.STAGE, STAGE);
        put(headers, DeadLetterHeaders.ERROR_CLASS, exception.getClass().getName());
        put(headers, DeadLetterHeaders.ERROR_MESSAGE, String.valueOf(exception.getMessage()));
        put(headers, DeadLetterHeaders.SOURCE_TOPIC, context.topic());
        put(headers, DeadLetterHeaders.SOURCE_PARTITION, Integer.toString(context.partition()));
        put(headers, DeadLetterHeaders.SOURCE_OFFSET, Long.toString(context.offset()));
        put(headers, TARGET_TOPIC, record.topic());
        return new ProducerRecord<>(dlqTopic, null, record.key(), null, headers);
    }

    private static void put(Headers headers, String name, String value) {
        headers.add(name, value == null ? null : value.getBytes(UTF_8));
    }
}
