package io.newsflow.processors;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.newsflow.kafka.DeadLetterHeaders;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a failed record into its dead letter: the failure's bytes as value, the original key, and
 * headers naming the stage, the error and the source topic, partition and offset.
 */
final class DeadLetterProcessor implements FixedKeyProcessor<String, Envelope, byte[]> {
    private static final Logger log = LoggerFactory.getLogger(DeadLetterProcessor.class);

    /** Header values are for people; a stack-trace-sized message is cut. */
    private static final int MAX_MESSAGE_CHARS = 2_000;

    /**
     * The key a record without one travels under through the repartition topics (which drop null
     * keys); its dead letter gets its null key back ({@link #originalKey}). No article has it: the
     * validator requires the key to be the article's id.
     */
    static final String NO_KEY = "";

    private FixedKeyProcessorContext<String, byte[]> context;

    static String originalKey(String key) {
        return NO_KEY.equals(key) ? null : key;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, byte[]> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, Envelope> record) {
        Envelope.Failure failure = record.value().failure();
        Headers headers = new RecordHeaders(record.headers().toArray());
        put(headers, DeadLetterHeaders.STAGE, failure.stage());
        put(headers, DeadLetterHeaders.ERROR_CLASS, failure.errorClass());
        put(headers, DeadLetterHeaders.ERROR_MESSAGE, cut(failure.message()));
        String position = "unknown";
        // the raw position carried across the identity ledger's repartition, else where we read it
        var source =
                SourcePosition.from(headers)
                        .or(
                                () ->
                                        context.recordMetadata()
                                                .map(
                                                        m ->
                                                                new SourcePosition(
                                                                        m.topic(),
                                                                        m.partition(),
                                                                        m.offset())));
        if (source.isPresent()) {
            put(headers, DeadLetterHeaders.SOURCE_TOPIC, source.get().topic());
            put(
                    headers,
                    DeadLetterHeaders.SOURCE_PARTITION,
                    Integer.toString(source.get().partition()));
            put(headers, DeadLetterHeaders.SOURCE_OFFSET, Long.toString(source.get().offset()));
            position =
                    source.get().topic()
                            + "-"
                            + source.get().partition()
                            + "@"
                            + source.get().offset();
        }
        log.warn(
                "dead-lettered articleId={} stage={} source={} error={}: {} — fix the producer, the record or"
                        + " the step, then `newsflow redeliver --stage {}`",
                record.key(),
                failure.stage(),
                position,
                failure.errorClass(),
                cut(failure.message()),
                failure.stage());
        context.forward(record.withValue(failure.value()).withHeaders(headers));
    }

    private static void put(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value == null ? null : value.getBytes(UTF_8));
    }

    private static String cut(String message) {
        return message == null || message.length() <= MAX_MESSAGE_CHARS
                ? message
                : message.substring(0, MAX_MESSAGE_CHARS) + "…";
    }
}
