package io.newsflow.ingest.feed;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.ingest.fetch.Repair;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads JSON Feed 1.0 and 1.1 (jsonfeed.org) with Jackson's tree model, checking each field's type
 * instead of trusting it: a wrong structure ({@code items} not an array) fails the feed with a
 * clear message; a wrong field in one item skips that item as a recorded repair.
 */
final class JsonFeedReader {
    /**
     * JSON nested as deep as XML may be ({@link XmlDepthLimit#MAX_DEPTH}); Jackson's own default
     * (1,000) would otherwise be the only bound, and a refused body would read as malformed.
     */
    private static final ObjectMapper FEEDS =
            new ObjectMapper(
                    JsonFactory.builder()
                            .streamReadConstraints(
                                    StreamReadConstraints.builder()
                                            .maxNestingDepth(XmlDepthLimit.MAX_DEPTH)
                                            .build())
                            .build());

    private JsonFeedReader() {}

    static ParsedFeed read(String text, Items items, List<Repair> repairs)
            throws FeedParseException {
        JsonNode root;
        try {
            root = FEEDS.readTree(text);
        } catch (StreamConstraintsException e) {
            throw new FeedParseException(
                    ParseError.TOO_DEEP,
                    "JSON refused: values nested deeper than "
                            + XmlDepthLimit.MAX_DEPTH
                            + " levels (the poller's nesting limit; real feeds need far fewer)",
                    e);
        } catch (JsonProcessingException e) {
            throw new FeedParseException(
                    ParseError.MALFORMED_JSON,
                    "not well-formed JSON: " + e.getOriginalMessage(),
                    e);
        }
        if (root == null || !root.isObject()) {
            throw new FeedParseException(
                    ParseError.MALFORMED_JSON,
                    "JSON top level must be an object, was " + type(root));
        }
        JsonNode version = root.get("version");
        if (version == null
                || !version.isTextual()
                || !version.asText().startsWith("https://jsonfeed.org/version/")) {
            throw new FeedParseException(
                    ParseError.NOT_A_FEED,
                    "JSON without a jsonfeed.org 'version' string: not a JSON Feed");
        }
        String format =
                "json_" + version.asText().substring("https://jsonfeed.org/version/".length());
        JsonNode itemNodes = root.get("items");
        if (itemNodes == null || !itemNodes.isArray()) {
            throw new FeedParseException(
                    ParseError.MALFORMED_JSON,
                    "JSON Feed 'items' must be an array, was " + type(itemNodes));
        }
        String feedLanguage = optionalText(root, "language");
        String title = optionalText(root, "title");
        List<String> feedAuthors;
        try {
            feedAuthors = authors(root);
        } catch (WrongType e) {
            throw new FeedParseException(ParseError.MALFORMED_JSON, "JSON Feed " + e.getMessage());
        }
        int index = 0;
        for (JsonNode item : itemNodes) {
            index++;
            try {
                items.add(item(item, feedLanguage, title, feedAuthors, repairs));
            } catch (WrongType e) {
                repairs.add(
                        new Repair("json-item-skipped", "item " + index + ": " + e.getMessage()));
            }
        }
        return new ParsedFeed(format, title, items.fresh(), items.keys(), null, repairs);
    }

    private static ArticleMapper.Item item(
            JsonNode item,
            String feedLanguage,
            String feedTitle,
            List<String> feedAuthors,
            List<Repair> repairs)
            throws WrongType {
        if (!item.isObject()) {
            throw new WrongType("must be an object, was " + type(item));
        }
        JsonNode idNode = item.get("id");
        String id;
        if (idNode == null || idNode.isNull()) {
            id = null;
        } else if (idNode.isTextual()) {
            id = idNode.asText();
        } else if (idNode.isNumber()) {
            // JSON Feed 1.0 readers met numeric ids in the wild; 1.1 requires strings.
            id = idNode.asText();
            repairs.add(new Repair("json-type", "numeric item id " + id + " read as a string"));
        } else {
            throw new WrongType("'id' must be a string, was " + type(idNode));
        }
        List<String> authors = authors(item);
        String content = text(item, "content_html");
        if (content == null) {
            content = text(item, "content_text");
        }
        List<String> tags = new ArrayList<>();
        JsonNode tagNode = item.get("tags");
        if (tagNode != null && !tagNode.isNull()) {
            if (!tagNode.isArray()) {
                throw new WrongType("'tags' must be an array, was " + type(tagNode));
            }
            for (JsonNode tag : tagNode) {
                if (tag.isTextual()) {
                    tags.add(tag.asText());
                }
            }
        }
        String url = text(item, "url");
        if (url == null) {
            url = text(item, "external_url");
        }
        String language = text(item, "language");
        return new ArticleMapper.Item(
                url,
                id,
                text(item, "title"),
                text(item, "summary"),
                content,
                authors.isEmpty() ? feedAuthors : authors,
                tags,
                text(item, "date_published"),
                null,
                text(item, "date_modified"),
                null,
                language != null ? language : feedLanguage,
                feedTitle);
    }

    private static List<String> authors(JsonNode node) throws WrongType {
        Set<String> names = new LinkedHashSet<>();
        JsonNode many = node.get("authors");
        if (many != null && !many.isNull()) {
            if (!many.isArray()) {
                throw new WrongType("'authors' must be an array, was " + type(many));
            }
            for (JsonNode a : many) {
                String name = a.isObject() ? optionalText(a, "name") : null;
                if (name != null && !name.isBlank()) {
                    names.add(name.strip());
                }
            }
        }
        JsonNode one = node.get("author"); // JSON Feed 1.0
        if (one != null && one.isObject()) {
            String name = optionalText(one, "name");
            if (name != null && !name.isBlank()) {
                names.add(name.strip());
            }
        }
        return List.copyOf(names);
    }

    private static String text(JsonNode node, String field) throws WrongType {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new WrongType("'" + field + "' must be a string, was " + type(v));
        }
        return v.asText();
    }

    private static String optionalText(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isTextual() ? v.asText() : null;
    }

    private static String type(JsonNode node) {
        return node == null || node.isMissingNode()
                ? "missing"
                : node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** A field of the wrong JSON type in one item. */
    private static final class WrongType extends Exception {
        WrongType(String message) {
            super(message, null, false, false);
        }
    }
}
