package io.newsflow.seeds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.kafka.Json;
import io.newsflow.model.Origin;
import io.newsflow.model.RawArticle;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The built-in seed corpus, read from the classpath with its manifest. Every call yields the same
 * records (fixed ids, times and texts), so a replay is reproducible byte for byte.
 */
public final class SeedCorpus {
    public static final String FEED_ID = "seeds";
    private static final String BASE = "/io/newsflow/seeds/";
    private static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    private static final String CONTENT_NS = "http://purl.org/rss/1.0/modules/content/";

    private final List<SeedArticle> seeds;
    private final String language;

    private SeedCorpus(List<SeedArticle> seeds, String language) {
        this.seeds = List.copyOf(seeds);
        this.language = language;
    }

    /** One seed: its manifest entry and its text. */
    public record SeedArticle(
            String id, String title, String sourceName, Instant publishedAt, String text) {}

    public static SeedCorpus builtIn() {
        JsonNode manifest = readJson(BASE + "manifest.json");
        var seeds = new ArrayList<SeedArticle>();
        for (JsonNode entry : manifest.get("articles")) {
            String title = entry.get("title").asText();
            String text =
                    withoutLeadingTitle(
                            readText(BASE + "corpus/" + entry.get("file").asText()), title);
            seeds.add(
                    new SeedArticle(
                            entry.get("id").asText(),
                            title,
                            entry.get("sourceName").asText(),
                            Instant.parse(entry.get("publishedAt").asText()),
                            text));
        }
        return new SeedCorpus(seeds, manifest.get("language").asText());
    }

    public List<SeedArticle> seeds() {
        return seeds;
    }

    public int size() {
        return seeds.size();
    }

    /** The corpus as replayed raw articles: feed {@code seeds}, GUID {@code newsflow:seed:<id>}. */
    public List<RawArticle> articles() {
        return seeds.stream()
                .map(
                        seed ->
                                RawArticle.builder()
                                        .feedId(FEED_ID)
                                        .sourceName(seed.sourceName())
                                        .guid(guid(seed))
                                        .title(seed.title())
                                        .content(seed.text())
                                        .publishedAt(seed.publishedAt())
                                        .fetchedAt(seed.publishedAt())
                                        .languageHint(language)
                                        .origin(Origin.REPLAY)
                                        .build())
                .toList();
    }

    public static String guid(SeedArticle seed) {
        return "newsflow:seed:" + seed.id();
    }

    /** The link of a seed when the corpus is served as a feed from {@code baseUrl}. */
    public static String link(String baseUrl, SeedArticle seed) {
        return baseUrl.replaceAll("/+$", "") + "/articles/" + seed.id() + ".html";
    }

    /** The corpus as an RSS 2.0 document with full text in {@code content:encoded}. */
    public String renderRss(String baseUrl) {
        return xml(
                w -> {
                    w.writeStartElement("rss");
                    w.writeAttribute("version", "2.0");
                    w.writeNamespace("content", CONTENT_NS);
                    w.writeStartElement("channel");
                    element(w, "title", "newsflow seed corpus");
                    element(w, "link", baseUrl);
                    element(w, "description", "Indonesian news about the Ukraine peace talks");
                    element(w, "language", language);
                    for (SeedArticle seed : seeds) {
                        w.writeStartElement("item");
                        element(w, "title", seed.title());
                        element(w, "link", link(baseUrl, seed));
                        w.writeStartElement("guid");
                        w.writeAttribute("isPermaLink", "false");
                        w.writeCharacters(guid(seed));
                        w.writeEndElement();
                        element(
                                w,
                                "pubDate",
                                DateTimeFormatter.RFC_1123_DATE_TIME.format(
                                        seed.publishedAt().atOffset(ZoneOffset.UTC)));
                        element(w, "description", firstParagraph(seed.text()));
                        w.writeStartElement("content", "encoded", CONTENT_NS);
                        w.writeCData(html(seed.text()));
                        w.writeEndElement();
                        w.writeEndElement();
                    }
                    w.writeEndElement();
                    w.writeEndElement();
                });
    }

    /** The corpus as an Atom 1.0 document with {@code xml:lang} and full HTML content. */
    public String renderAtom(String baseUrl) {
        return xml(
                w -> {
                    w.writeStartElement("feed");
                    w.writeDefaultNamespace(ATOM_NS);
                    w.writeAttribute("xml:lang", language);
                    element(w, "title", "newsflow seed corpus");
                    element(w, "id", "urn:newsflow:seeds");
                    element(w, "updated", latest().toString());
                    for (SeedArticle seed : seeds) {
                        w.writeStartElement("entry");
                        element(w, "title", seed.title());
                        element(w, "id", guid(seed));
                        w.writeEmptyElement("link");
                        w.writeAttribute("rel", "alternate");
                        w.writeAttribute("href", link(baseUrl, seed));
                        element(w, "published", seed.publishedAt().toString());
                        element(w, "updated", seed.publishedAt().toString());
                        w.writeStartElement("author");
                        element(w, "name", seed.sourceName());
                        w.writeEndElement();
                        element(w, "summary", firstParagraph(seed.text()));
                        w.writeStartElement("content");
                        w.writeAttribute("type", "html");
                        w.writeCharacters(html(seed.text()));
                        w.writeEndElement();
                        w.writeEndElement();
                    }
                    w.writeEndElement();
                });
    }

    /** The corpus as a JSON Feed 1.1 document. */
    public String renderJsonFeed(String baseUrl) {
        ObjectNode feed = Json.mapper().createObjectNode();
        feed.put("version", "https://jsonfeed.org/version/1.1");
        feed.put("title", "newsflow seed corpus");
        feed.put("home_page_url", baseUrl);
        feed.put("language", language);
        ArrayNode items = feed.putArray("items");
        for (SeedArticle seed : seeds) {
            ObjectNode item = items.addObject();
            item.put("id", guid(seed));
            item.put("url", link(baseUrl, seed));
            item.put("title", seed.title());
            item.put("summary", firstParagraph(seed.text()));
            item.put("content_html", html(seed.text()));
            item.put("date_published", seed.publishedAt().toString());
            item.putArray("authors").addObject().put("name", seed.sourceName());
        }
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(feed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Instant latest() {
        return seeds.stream()
                .map(SeedArticle::publishedAt)
                .max(Instant::compareTo)
                .orElse(Instant.EPOCH);
    }

    private static String firstParagraph(String text) {
        return text.strip().split("\\n", 2)[0].strip();
    }

    /** Paragraphs as HTML, escaped by the caller's XML or JSON writer. */
    private static String html(String text) {
        var out = new StringBuilder();
        for (String paragraph : text.split("\\n+")) {
            if (!paragraph.isBlank()) {
                out.append("<p>").append(escapeHtml(paragraph.strip())).append("</p>\n");
            }
        }
        return out.toString();
    }

    private static String escapeHtml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String withoutLeadingTitle(String text, String title) {
        String stripped = text.strip();
        if (stripped.startsWith(title)) {
            return stripped.substring(title.length()).strip();
        }
        return stripped;
    }

    private interface XmlBody {
        void write(XMLStreamWriter writer) throws XMLStreamException;
    }

    private static String xml(XmlBody body) {
        var out = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            body.write(w);
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot render the seed corpus as XML", e);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter w, String name, String text)
            throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(text);
        w.writeEndElement();
    }

    private static JsonNode readJson(String resource) {
        try (InputStream in = open(resource)) {
            return Json.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static String readText(String resource) {
        try (InputStream in = open(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = SeedCorpus.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(
                    "seed resource missing from the classpath: " + resource);
        }
        return in;
    }
}
