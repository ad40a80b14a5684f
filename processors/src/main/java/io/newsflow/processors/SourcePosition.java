package io.newsflow.processors;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Optional;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * The position of the raw record an article came from, carried in headers across the identity
 * ledger's repartition topic: a dead letter written after it still names the raw topic, partition
 * and offset to replay from (the repartition topic is purged once committed). On enriched records
 * the headers are provenance.
 */
public record SourcePosition(String topic, int partition, long offset) {
    public static final String TOPIC = "newsflow.raw.topic";
    public static final String PARTITION = "newsflow.raw.partition";
    public static final String OFFSET = "newsflow.raw.offset";

    /** The position the headers carry, if they carry one. */
    public static Optional<SourcePosition> from(Headers headers) {
        Header topic = headers.lastHeader(TOPIC);
        Header partition = headers.lastHeader(PARTITION);
        Header offset = headers.lastHeader(OFFSET);
        if (topic == null || partition == null || offset == null) {
            return Optional.empty();
        }
        return Optional.of(
                new SourcePosition(
                        new String(topic.value(), UTF_8),
                        Integer.parseInt(new String(partition.value(), UTF_8)),
                        Long.parseLong(new String(offset.value(), UTF_8))));
    }

    /** Stamps each record with the position it was read from. */
    public static final class Stamp implements FixedKeyProcessor<String, Envelope, Envelope> {
        private FixedKeyProcessorContext<String, Envelope> context;

        @Override
        public void init(FixedKeyProcessorContext<String, Envelope> context) {
            this.context = context;
        }

        @Override
        public void process(FixedKeyRecord<String, Envelope> record) {
            var source = context.recordMetadata();
            if (source.isPresent()) {
                Headers headers = record.headers();
                put(headers, TOPIC, source.get().topic());
                put(headers, PARTITION, Integer.toString(source.get().partition()));
                put(headers, OFFSET, Long.toString(source.get().offset()));
            }
            context.forward(record);
        }

        private static void put(Headers headers, String name, String value) {
            headers.remove(name);
            headers.add(name, value.getBytes(UTF_8));
        }
    }
}
