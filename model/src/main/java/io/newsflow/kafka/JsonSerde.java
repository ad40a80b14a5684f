package io.newsflow.kafka;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka serde for one record type as UTF-8 JSON through {@link Json#mapper()}. A value that does
 * not parse fails with a {@link SerializationException} naming the type. The processors do not rely
 * on a deserialization handler for raw records: they read them as bytes and parse them in the
 * topology, which dead-letters what does not parse.
 */
public final class JsonSerde<T> implements Serde<T>, Serializer<T>, Deserializer<T> {
    private final Class<T> type;
    private final ObjectMapper mapper;

    public JsonSerde(Class<T> type) {
        this.type = type;
        this.mapper = Json.mapper();
    }

    public Class<T> type() {
        return type;
    }

    @Override
    public byte[] serialize(String topic, T data) {
        if (data == null) {
            return null;
        }
        try {
            return mapper.writeValueAsBytes(data);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + type.getSimpleName() + " as JSON", e);
        }
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        try {
            return mapper.readValue(data, type);
        } catch (IOException | RuntimeException e) {
            throw new SerializationException(
                    "not a valid "
                            + type.getSimpleName()
                            + " JSON record"
                            + (topic == null ? "" : " on " + topic)
                            + ": "
                            + problem(e),
                    e);
        }
    }

    /**
     * Jackson's own message without its "[Source: REDACTED …]" trailer, which says only that the
     * source is not included; the line and column stay.
     */
    private static String problem(Exception e) {
        if (e instanceof JsonProcessingException json) {
            JsonLocation at = json.getLocation();
            return json.getOriginalMessage()
                    + (at == null
                            ? ""
                            : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")");
        }
        return e.getMessage();
    }

    @Override
    public Serializer<T> serializer() {
        return this;
    }

    @Override
    public Deserializer<T> deserializer() {
        return this;
    }

    @Override
    public void configure(java.util.Map<String, ?> configs, boolean isKey) {}

    @Override
    public void close() {}
}
