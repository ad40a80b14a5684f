package io.newsflow.processors.identity;

import io.newsflow.kafka.JsonSerde;
import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.Entity;
import io.newsflow.model.Identity;
import io.newsflow.model.Language;
import io.newsflow.model.RawArticle;
import io.newsflow.model.TopicTag;
import io.newsflow.processors.Envelope;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Carries an {@link Envelope} through the identity ledger's repartition topic: a tag byte, then the
 * raw article and the enrichments so far as two JSON documents (binding {@code EnrichedArticle}'s
 * unwrapped raw fields directly costs Jackson about twice as much), or the failure (stage, error,
 * message, dead-letter bytes) so failed records keep their place and reach the dead-letter branch
 * unchanged.
 */
public final class EnvelopeSerde
        implements Serde<Envelope>, Serializer<Envelope>, Deserializer<Envelope> {
    private static final byte OK = 0;
    private static final byte FAILED = 1;
    private static final JsonSerde<RawArticle> RAW = new JsonSerde<>(RawArticle.class);
    private static final JsonSerde<Enrichments> ENRICHMENTS = new JsonSerde<>(Enrichments.class);

    /** Everything of an {@link EnrichedArticle} but the raw article. */
    record Enrichments(
            Identity identity,
            Language language,
            List<TopicTag> topics,
            List<Entity> entities,
            SortedMap<String, String> versions) {}

    @Override
    public byte[] serialize(String topic, Envelope envelope) {
        if (envelope == null) {
            return null;
        }
        if (!envelope.isFailed()) {
            EnrichedArticle a = envelope.article();
            byte[] raw = RAW.serialize(topic, a.article());
            byte[] rest =
                    ENRICHMENTS.serialize(
                            topic,
                            new Enrichments(
                                    a.identity(),
                                    a.language(),
                                    a.topics(),
                                    a.entities(),
                                    a.versions()));
            return ByteBuffer.allocate(5 + raw.length + rest.length)
                    .put(OK)
                    .putInt(raw.length)
                    .put(raw)
                    .put(rest)
                    .array();
        }
        Envelope.Failure f = envelope.failure();
        byte[][] parts = {utf8(f.stage()), utf8(f.errorClass()), utf8(f.message()), f.value()};
        int size = 1;
        for (byte[] part : parts) {
            size += 4 + (part == null ? 0 : part.length);
        }
        ByteBuffer out = ByteBuffer.allocate(size).put(FAILED);
        for (byte[] part : parts) {
            out.putInt(part == null ? -1 : part.length);
            if (part != null) {
                out.put(part);
            }
        }
        return out.array();
    }

    @Override
    public Envelope deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        if (data.length == 0) {
            throw new SerializationException("empty envelope on " + topic);
        }
        if (data[0] == OK) {
            int rawLength = ByteBuffer.wrap(data, 1, 4).getInt();
            RawArticle raw = RAW.deserialize(topic, Arrays.copyOfRange(data, 5, 5 + rawLength));
            Enrichments e =
                    ENRICHMENTS.deserialize(
                            topic, Arrays.copyOfRange(data, 5 + rawLength, data.length));
            return Envelope.ok(
                    new EnrichedArticle(
                            raw,
                            e.identity(),
                            e.language(),
                            e.topics(),
                            e.entities(),
                            e.versions()));
        }
        ByteBuffer in = ByteBuffer.wrap(data, 1, data.length - 1);
        byte[][] parts = new byte[4][];
        for (int i = 0; i < parts.length; i++) {
            int length = in.getInt();
            if (length >= 0) {
                parts[i] = new byte[length];
                in.get(parts[i]);
            }
        }
        return Envelope.failed(
                new Envelope.Failure(text(parts[0]), text(parts[1]), text(parts[2]), parts[3]));
    }

    @Override
    public Serializer<Envelope> serializer() {
        return this;
    }

    @Override
    public Deserializer<Envelope> deserializer() {
        return this;
    }

    @Override
    public void configure(java.util.Map<String, ?> configs, boolean isKey) {}

    @Override
    public void close() {}

    private static byte[] utf8(String s) {
        return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] b) {
        return b == null ? null : new String(b, StandardCharsets.UTF_8);
    }
}
