package io.newsflow.ingest.poll;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.newsflow.config.Durations;
import io.newsflow.model.FeedSpec;
import io.newsflow.model.FeedState;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * The operator's list of feeds as files: {@code feeds.yaml} (newsflow's own format, see the
 * repository's example) or OPML (what every feed reader exports). Reading reports every problem at
 * once; OPML is read with DTDs and external entities off. A feed without an {@code id} gets one
 * derived from its URL, so re-importing the same file updates rather than duplicates.
 */
public final class FeedCatalog {
    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory()).build();

    private FeedCatalog() {}

    /** Reads a YAML or OPML catalog, judged by content. */
    public static List<FeedSpec> importFile(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new CatalogException(
                    file.toString(),
                    List.of(
                            "no such file (relative paths start at "
                                    + Path.of("").toAbsolutePath()
                                    + ")"));
        } catch (IOException e) {
            throw new CatalogException(file.toString(), List.of("cannot read the file: " + e));
        }
        return parse(text, file.toString());
    }

    public static List<FeedSpec> parse(String text, String source) {
        String head = text.stripLeading();
        if (head.startsWith("\uFEFF")) {
            head = head.substring(1);
        }
        return head.startsWith("<") ? parseOpml(text, source) : parseYaml(text, source);
    }

    static List<FeedSpec> parseYaml(String text, String source) {
        JsonNode root;
        try {
            root = YAML.readTree(text);
        } catch (IOException e) {
            throw new CatalogException(
                    source, List.of("not valid YAML: " + firstLine(e.getMessage())));
        }
        JsonNode list = root == null ? null : root.isArray() ? root : root.get("feeds");
        if (list == null || !list.isArray()) {
            throw new CatalogException(source, List.of("expected a top-level 'feeds:' list"));
        }
        List<String> problems = new ArrayList<>();
        List<FeedSpec> specs = new ArrayList<>();
        int index = 0;
        for (JsonNode entry : list) {
            String where = "feeds[" + index++ + "]";
            if (!entry.isObject()) {
                problems.add(where + ": must be a mapping with at least 'url'");
                continue;
            }
            for (var it = entry.fieldNames(); it.hasNext(); ) {
                String field = it.next();
                if (!Set.of(
                                "id",
                                "url",
                                "name",
                                "language",
                                "tags",
                                "minInterval",
                                "maxInterval",
                                "enabled")
                        .contains(field)) {
                    problems.add(where + "." + field + ": unknown setting");
                }
            }
            String url = text(entry, "url");
            if (!isHttpUrl(url)) {
                problems.add(where + ".url: must be an absolute http(s) URL, was '" + url + "'");
                continue;
            }
            List<String> tags = new ArrayList<>();
            JsonNode tagNode = entry.get("tags");
            if (tagNode != null && tagNode.isArray()) {
                tagNode.forEach(t -> tags.add(t.asText()));
            } else if (tagNode != null && tagNode.isTextual()) {
                tags.addAll(List.of(tagNode.asText().split("\\s*,\\s*")));
            }
            Duration min = duration(entry, "minInterval", where, problems);
            Duration max = duration(entry, "maxInterval", where, problems);
            String id = text(entry, "id");
            if (id != null && !id.matches("[A-Za-z0-9._-]{1,120}")) {
                problems.add(
                        where
                                + ".id: may hold only letters, digits, '.', '_', '-', was '"
                                + id
                                + "'");
                continue;
            }
            specs.add(
                    new FeedSpec(
                            id != null ? id : feedIdFor(url),
                            url.strip(),
                            text(entry, "name"),
                            text(entry, "language"),
                            tags,
                            min,
                            max,
                            !entry.has("enabled") || entry.get("enabled").asBoolean(true)));
        }
        checkUnique(specs, problems);
        if (!problems.isEmpty()) {
            throw new CatalogException(source, problems);
        }
        return specs;
    }

    static List<FeedSpec> parseOpml(String text, String source) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        List<FeedSpec> specs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Deque<String> folders = new ArrayDeque<>();
        try {
            XMLStreamReader r = factory.createXMLStreamReader(new StringReader(text));
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT
                        && r.getLocalName().equals("outline")) {
                    String url = r.getAttributeValue(null, "xmlUrl");
                    String title = r.getAttributeValue(null, "title");
                    String label = title != null ? title : r.getAttributeValue(null, "text");
                    if (url == null) {
                        folders.push(label == null ? "" : label);
                        continue;
                    }
                    folders.push("");
                    if (!isHttpUrl(url)) {
                        problems.add(
                                "outline '"
                                        + label
                                        + "': xmlUrl must be http(s), was '"
                                        + url
                                        + "'");
                        continue;
                    }
                    List<String> tags = new ArrayList<>();
                    folders.stream().filter(f -> !f.isEmpty()).forEach(tags::add);
                    String category = r.getAttributeValue(null, "category");
                    if (category != null) {
                        for (String c : category.split("[,/]")) {
                            if (!c.isBlank()) {
                                tags.add(c.strip());
                            }
                        }
                    }
                    specs.add(
                            new FeedSpec(
                                    feedIdFor(url),
                                    url.strip(),
                                    label,
                                    r.getAttributeValue(null, "language"),
                                    tags.stream().distinct().toList(),
                                    null,
                                    null,
                                    true));
                } else if (event == XMLStreamConstants.END_ELEMENT
                        && r.getLocalName().equals("outline")
                        && !folders.isEmpty()) {
                    folders.pop();
                }
            }
        } catch (XMLStreamException e) {
            throw new CatalogException(
                    source, List.of("not readable OPML: " + firstLine(e.getMessage())));
        }
        checkUnique(specs, problems);
        if (!problems.isEmpty()) {
            throw new CatalogException(source, problems);
        }
        return specs;
    }

    /** The catalog as OPML 2.0; the URL is where each feed is polled now (after redirects). */
    public static String toOpml(List<FeedSpec> specs, Map<String, FeedState> states) {
        var out = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("opml");
            w.writeAttribute("version", "2.0");
            w.writeStartElement("head");
            w.writeStartElement("title");
            w.writeCharacters("newsflow feeds");
            w.writeEndElement();
            w.writeEndElement();
            w.writeStartElement("body");
            for (FeedSpec spec : specs) {
                FeedState state = states.get(spec.feedId());
                String url = state != null && state.url() != null ? state.url() : spec.url();
                w.writeCharacters("\n  ");
                w.writeEmptyElement("outline");
                w.writeAttribute("type", "rss");
                String name = spec.name() != null ? spec.name() : spec.feedId();
                w.writeAttribute("text", name);
                w.writeAttribute("title", name);
                w.writeAttribute("xmlUrl", url);
                if (spec.language() != null) {
                    w.writeAttribute("language", spec.language());
                }
                if (!spec.tags().isEmpty()) {
                    w.writeAttribute("category", String.join(",", spec.tags()));
                }
            }
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write OPML", e);
        }
        return out + "\n";
    }

    /** The catalog in {@code feeds.yaml} form; the URL is where each feed is polled now. */
    public static String toYaml(List<FeedSpec> specs, Map<String, FeedState> states) {
        var feeds = new ArrayList<Map<String, Object>>();
        for (FeedSpec spec : specs) {
            FeedState state = states.get(spec.feedId());
            var entry = new LinkedHashMap<String, Object>();
            entry.put("id", spec.feedId());
            if (spec.name() != null) {
                entry.put("name", spec.name());
            }
            entry.put("url", state != null && state.url() != null ? state.url() : spec.url());
            if (spec.language() != null) {
                entry.put("language", spec.language());
            }
            if (!spec.tags().isEmpty()) {
                entry.put("tags", spec.tags());
            }
            if (spec.minInterval() != null) {
                entry.put("minInterval", Durations.format(spec.minInterval()));
            }
            if (spec.maxInterval() != null) {
                entry.put("maxInterval", Durations.format(spec.maxInterval()));
            }
            if (!spec.enabled()) {
                entry.put("enabled", false);
            }
            feeds.add(entry);
        }
        try {
            return YAML.writeValueAsString(Map.of("feeds", feeds));
        } catch (IOException e) {
            throw new IllegalStateException("cannot write YAML", e);
        }
    }

    /** A stable id from the URL: host without {@code www.} and path, as a lower-case slug. */
    public static String feedIdFor(String url) {
        URI uri = URI.create(url.strip());
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        host = host.startsWith("www.") ? host.substring(4) : host;
        String rest =
                (uri.getRawPath() == null ? "" : uri.getRawPath())
                        + (uri.getRawQuery() == null ? "" : "-" + uri.getRawQuery());
        String slug = (host + "-" + rest).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        slug = slug.replaceAll("^-+|-+$", "");
        return slug.length() > 100 ? slug.substring(0, 100) : slug;
    }

    private static void checkUnique(List<FeedSpec> specs, List<String> problems) {
        Set<String> ids = new HashSet<>();
        Map<String, String> urls = new LinkedHashMap<>();
        for (FeedSpec s : specs) {
            if (!ids.add(s.feedId())) {
                problems.add("feed id '" + s.feedId() + "' appears twice");
            }
            String other = urls.put(s.url(), s.feedId());
            if (other != null && !other.equals(s.feedId())) {
                problems.add(
                        "url "
                                + s.url()
                                + " is subscribed twice ('"
                                + other
                                + "', '"
                                + s.feedId()
                                + "')");
            }
        }
    }

    private static Duration duration(
            JsonNode entry, String field, String where, List<String> problems) {
        String v = text(entry, field);
        if (v == null) {
            return null;
        }
        try {
            return Durations.parse(v);
        } catch (IllegalArgumentException e) {
            problems.add(where + "." + field + ": " + e.getMessage());
            return null;
        }
    }

    private static boolean isHttpUrl(String url) {
        if (url == null || url.isBlank()) {
            return false;
        }
        try {
            URI uri = URI.create(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "(no detail)";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
