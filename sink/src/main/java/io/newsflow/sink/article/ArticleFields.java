package io.newsflow.sink.article;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The few fields of an enriched record that the sinks decide on, read from its JSON bytes with a
 * streaming parser. The sinks never bind the whole record: they pass the producer's bytes on
 * untouched (fields of newer schema versions included), and reading five fields is much cheaper
 * than building an {@code EnrichedArticle}. Absent fields are {@code null} or empty lists. {@code
 * singleLine} tells whether the JSON holds no line break (JSON strings cannot hold a raw one), so
 * the bytes can go into a JSON Lines file as they are.
 */
public record ArticleFields(
        String feedId,
        String sourceName,
        String publishedAt,
        String fetchedAt,
        String languageCode,
        List<String> topicCodes,
        List<String> topicLabels,
        List<String> entityIds,
        boolean singleLine) {

    private static final JsonFactory FACTORY = new JsonFactory();

    public ArticleFields {
        topicCodes = topicCodes == null ? List.of() : List.copyOf(topicCodes);
        topicLabels = topicLabels == null ? List.of() : List.copyOf(topicLabels);
        entityIds = entityIds == null ? List.of() : List.copyOf(entityIds);
    }

    /**
     * Reads the fields from one JSON object.
     *
     * @throws IOException when the bytes are not a JSON object
     */
    public static ArticleFields read(byte[] json) throws IOException {
        String feedId = null;
        String sourceName = null;
        String publishedAt = null;
        String fetchedAt = null;
        String languageCode = null;
        List<String> topicCodes = new ArrayList<>();
        List<String> topicLabels = new ArrayList<>();
        List<String> entityIds = new ArrayList<>();
        boolean singleLine;
        try (JsonParser p = FACTORY.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                switch (name) {
                    case "feedId" -> feedId = text(p, value);
                    case "sourceName" -> sourceName = text(p, value);
                    case "publishedAt" -> publishedAt = text(p, value);
                    case "fetchedAt" -> fetchedAt = text(p, value);
                    case "language" -> languageCode = readObjectField(p, value, "code");
                    case "topics" -> readTopics(p, value, topicCodes, topicLabels);
                    case "entities" -> readArrayField(p, value, "wikidataId", entityIds);
                    default -> p.skipChildren();
                }
            }
            if (p.nextToken() != null) {
                throw new IOException("more than one JSON value");
            }
            singleLine = p.currentLocation().getLineNr() == 1;
        }
        return new ArticleFields(
                feedId,
                sourceName,
                publishedAt,
                fetchedAt,
                languageCode,
                topicCodes,
                topicLabels,
                entityIds,
                singleLine);
    }

    private static String text(JsonParser p, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        p.skipChildren();
        return null;
    }

    private static String readObjectField(JsonParser p, JsonToken value, String field)
            throws IOException {
        if (value != JsonToken.START_OBJECT) {
            p.skipChildren();
            return null;
        }
        String found = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            if (name.equals(field)) {
                found = text(p, v);
            } else {
                p.skipChildren();
            }
        }
        return found;
    }

    private static void readArrayField(
            JsonParser p, JsonToken value, String field, List<String> into) throws IOException {
        if (value != JsonToken.START_ARRAY) {
            p.skipChildren();
            return;
        }
        JsonToken element;
        while ((element = p.nextToken()) != JsonToken.END_ARRAY && element != null) {
            String found = readObjectField(p, element, field);
            if (found != null) {
                into.add(found);
            }
        }
    }

    private static void readTopics(
            JsonParser p, JsonToken value, List<String> codes, List<String> labels)
            throws IOException {
        if (value != JsonToken.START_ARRAY) {
            p.skipChildren();
            return;
        }
        JsonToken element;
        while ((element = p.nextToken()) != JsonToken.END_ARRAY && element != null) {
            if (element != JsonToken.START_OBJECT) {
                p.skipChildren();
                continue;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                if (name.equals("code")) {
                    add(codes, text(p, v));
                } else if (name.equals("label")) {
                    add(labels, text(p, v));
                } else {
                    p.skipChildren();
                }
            }
        }
    }

    private static void add(List<String> list, String value) {
        if (value != null) {
            list.add(value);
        }
    }
}
