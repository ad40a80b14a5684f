package io.newsflow.ingest.feed;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.module.SyModule;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.impl.XmlFixerReader;
import io.newsflow.ingest.fetch.CharsetDecoding;
import io.newsflow.ingest.fetch.DecodedText;
import io.newsflow.ingest.fetch.Repair;
import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.Namespace;
import org.jdom2.input.SAXBuilder;
import org.jsoup.Jsoup;

/**
 * Reads a fetched body as RSS 0.90–2.0, Atom 0.3/1.0 (through Rome 2.1.0) or JSON Feed 1.0/1.1
 * (through Jackson), deciding by content: charset decoded with repairs, characters XML forbids
 * removed, an HTML page reported as such, and DOCTYPEs with entity declarations refused before any
 * parser sees them — the SAX parser itself also runs with DOCTYPEs disallowed and external entities
 * off, so neither XXE nor entity expansion can happen, and stops at elements nested deeper than
 * {@link XmlDepthLimit#MAX_DEPTH}. This is the only class that touches Rome. Stateless and
 * thread-safe.
 */
public final class FeedParser {
    private static final Namespace DC = Namespace.getNamespace("http://purl.org/dc/elements/1.1/");
    private static final java.util.Set<String> DATE_ELEMENTS =
            java.util.Set.of(
                    "pubDate",
                    "lastBuildDate",
                    "published",
                    "updated",
                    "issued",
                    "modified",
                    "created",
                    "date");
    private static final Pattern PERSON_IN_PARENS =
            Pattern.compile("^\\S+@\\S+\\s*\\((.+)\\)\\s*$");

    /**
     * Rome's own SAX setup (external entities off), with DOCTYPEs refused and nesting depth
     * limited; one per thread.
     */
    private static final ThreadLocal<SAXBuilder> SAX =
            ThreadLocal.withInitial(
                    () -> {
                        SAXBuilder builder = new SecureInput().saxBuilder();
                        builder.setXMLFilter(new XmlDepthLimit());
                        return builder;
                    });

    private final ArticleMapper mapper = new ArticleMapper();

    static {
        // Rome builds its parser registry (dozens of module classes) on first use under a global
        // lock; doing it here keeps that one-time cost off the first polls.
        try {
            new SyndFeedInput()
                    .build(
                            new StringReader(
                                    "<rss version=\"2.0\"><channel><title>t</title></channel></rss>"));
        } catch (FeedException | RuntimeException e) {
            // a warm-up only
        }
    }

    /** Reads every item of the body into an article. */
    public ParsedFeed parse(FeedInput input) throws FeedParseException {
        return parse(input, key -> false);
    }

    /**
     * Reads the body; items whose key {@code known} accepts are only keyed, not turned into
     * articles — a feed's already published items cost no text cleaning.
     */
    public ParsedFeed parse(FeedInput input, java.util.function.Predicate<String> known)
            throws FeedParseException {
        if (input.body().length == 0) {
            throw new FeedParseException(ParseError.EMPTY, "empty body");
        }
        DecodedText decoded = CharsetDecoding.decode(input.body(), input.headerCharset());
        List<Repair> repairs = new ArrayList<>(decoded.repairs());
        String text = decoded.text();
        Sniffed sniffed = Sniffed.of(text);
        Items items = new Items(mapper, input, known, repairs);
        return switch (sniffed.kind()) {
            case EMPTY ->
                    throw new FeedParseException(ParseError.EMPTY, "body holds only whitespace");
            case JSON -> JsonFeedReader.read(text, items, repairs);
            case HTML -> throw htmlPage(text);
            case OTHER ->
                    throw new FeedParseException(
                            ParseError.NOT_A_FEED,
                            "content is neither XML nor JSON (starts with '"
                                    + preview(text)
                                    + "')");
            case XML -> xml(text, sniffed, items, repairs);
        };
    }

    private ParsedFeed xml(String text, Sniffed sniffed, Items items, List<Repair> repairs)
            throws FeedParseException {
        if (sniffed.internalSubset()) {
            throw new FeedParseException(
                    ParseError.FORBIDDEN_DOCTYPE,
                    "DOCTYPE with entity declarations refused (external entities and entity"
                            + " expansion are never processed)");
        }
        if (sniffed.root() != null && !sniffed.isFeedRoot()) {
            throw new FeedParseException(
                    ParseError.NOT_A_FEED,
                    "XML root element <" + sniffed.root() + "> is not RSS, RDF or Atom");
        }
        if (sniffed.doctypeStart() >= 0) {
            // A bare DOCTYPE naming an external DTD (RSS 0.91 Netscape) carries no data we need.
            text = text.substring(0, sniffed.doctypeStart()) + text.substring(sniffed.doctypeEnd());
            repairs.add(new Repair("doctype-removed", "external DTD reference removed unread"));
        }
        text = XmlText.withoutInvalidChars(text, repairs);
        boolean needsHealing = XmlText.countHtmlEntities(text, repairs);
        if (!text.startsWith("<") && text.stripLeading().startsWith("<?xml")) {
            repairs.add(new Repair("leading-whitespace", "text before the XML prolog removed"));
            text = text.stripLeading();
        }

        Document document;
        try {
            // Rome's healer (HTML entities to character references) reads char by char; only
            // bodies that need it pay for it.
            document =
                    SAX.get()
                            .build(
                                    needsHealing
                                            ? new XmlFixerReader(new StringReader(text))
                                            : new StringReader(text));
        } catch (JDOMException e) {
            if (e.getCause() instanceof XmlDepthLimit.TooDeep tooDeep) {
                throw new FeedParseException(
                        ParseError.TOO_DEEP,
                        "XML refused: "
                                + tooDeep.getMessage()
                                + " at line "
                                + tooDeep.getLineNumber(),
                        e);
            }
            String message = e.getMessage() == null ? "" : e.getMessage();
            if (message.contains("DOCTYPE")) {
                throw new FeedParseException(
                        ParseError.FORBIDDEN_DOCTYPE, "DOCTYPE refused: " + firstLine(message), e);
            }
            throw new FeedParseException(
                    ParseError.MALFORMED_XML, "XML not well-formed: " + firstLine(message), e);
        } catch (IOException e) {
            throw new FeedParseException(ParseError.MALFORMED_XML, "cannot read XML: " + e, e);
        }

        // Dates are read by FeedDates from the raw text (with recorded fallbacks); taking them out
        // first spares Rome's own date parsing, a third of the parse time, and its silent guesses.
        List<RawDates> rawDates = takeRawDates(document);
        SyndFeed feed;
        try {
            var input2 = new SyndFeedInput();
            input2.setAllowDoctypes(false);
            input2.setPreserveWireFeed(true);
            feed = input2.build(document);
        } catch (IllegalArgumentException e) {
            throw new FeedParseException(
                    ParseError.NOT_A_FEED,
                    "XML root <"
                            + document.getRootElement().getQualifiedName()
                            + "> is no known feed type",
                    e);
        } catch (FeedException | RuntimeException e) {
            throw new FeedParseException(
                    ParseError.MALFORMED_XML,
                    "feed structure unreadable: " + firstLine(e.getMessage()),
                    e);
        }

        String feedLanguage = feed.getLanguage();
        if (feedLanguage == null) {
            feedLanguage =
                    document.getRootElement().getAttributeValue("lang", Namespace.XML_NAMESPACE);
        }
        List<SyndEntry> entries = feed.getEntries();
        boolean datesAligned = rawDates.size() == entries.size();
        for (int i = 0; i < entries.size(); i++) {
            SyndEntry entry = entries.get(i);
            RawDates raw = datesAligned ? rawDates.get(i) : RawDates.NONE;
            items.add(
                    new ArticleMapper.Item(
                            link(entry),
                            entry.getUri(),
                            entry.getTitle(),
                            entry.getDescription() == null
                                    ? null
                                    : entry.getDescription().getValue(),
                            contents(entry),
                            authors(entry),
                            entry.getCategories().stream().map(SyndCategory::getName).toList(),
                            raw.published(),
                            instant(entry.getPublishedDate()),
                            raw.updated(),
                            instant(entry.getUpdatedDate()),
                            feedLanguage,
                            feed.getTitle()));
        }
        return new ParsedFeed(
                feed.getFeedType(),
                feed.getTitle(),
                items.fresh(),
                items.keys(),
                refreshHint(feed),
                repairs);
    }

    private static FeedParseException htmlPage(String text) {
        String advertised = null;
        try {
            var link =
                    Jsoup.parse(text.length() > 262_144 ? text.substring(0, 262_144) : text)
                            .selectFirst(
                                    "link[rel~=(?i)alternate][type~=(?i)(rss|atom|feed\\+json)]");
            advertised = link == null ? null : link.attr("href");
        } catch (RuntimeException e) {
            // the hint is a courtesy; the error stands without it
        }
        return new FeedParseException(
                ParseError.HTML_PAGE,
                "server sent an HTML page, not a feed"
                        + (advertised == null || advertised.isBlank()
                                ? ""
                                : " (the page advertises a feed at " + advertised + ")"));
    }

    /** RSS {@code ttl} (minutes) or {@code sy:updatePeriod}/{@code sy:updateFrequency}. */
    static Duration refreshHint(SyndFeed feed) {
        WireFeed wire = feed.originalWireFeed();
        if (wire instanceof Channel channel && channel.getTtl() > 0) {
            return Duration.ofMinutes(Math.min(channel.getTtl(), 7L * 24 * 60));
        }
        if (feed.getModule(SyModule.URI) instanceof SyModule sy && sy.getUpdatePeriod() != null) {
            Duration period =
                    switch (sy.getUpdatePeriod().strip().toLowerCase(Locale.ROOT)) {
                        case "hourly" -> Duration.ofHours(1);
                        case "daily" -> Duration.ofDays(1);
                        case "weekly" -> Duration.ofDays(7);
                        case "monthly" -> Duration.ofDays(30);
                        case "yearly" -> Duration.ofDays(365);
                        default -> null;
                    };
            if (period != null) {
                int frequency = Math.max(1, sy.getUpdateFrequency());
                return period.dividedBy(frequency);
            }
        }
        return null;
    }

    private static String link(SyndEntry entry) {
        if (entry.getLink() != null && !entry.getLink().isBlank()) {
            return entry.getLink();
        }
        for (SyndLink l : entry.getLinks()) {
            if (l.getRel() == null || "alternate".equals(l.getRel())) {
                return l.getHref();
            }
        }
        String uri = entry.getUri();
        return uri != null && uri.startsWith("http") ? uri : null;
    }

    private static String contents(SyndEntry entry) {
        List<SyndContent> contents = entry.getContents();
        if (contents == null || contents.isEmpty()) {
            return null;
        }
        var out = new StringBuilder();
        for (SyndContent c : contents) {
            if (c.getValue() != null) {
                out.append(c.getValue()).append('\n');
            }
        }
        return out.toString();
    }

    private static List<String> authors(SyndEntry entry) {
        var names = new ArrayList<String>();
        for (SyndPerson p : entry.getAuthors()) {
            if (p.getName() != null) {
                names.add(p.getName());
            } else if (p.getEmail() != null) {
                names.add(person(p.getEmail()));
            }
        }
        if (entry.getAuthor() != null && !entry.getAuthor().isBlank()) {
            String author = person(entry.getAuthor());
            if (!names.contains(author)) {
                names.add(author);
            }
        }
        return names;
    }

    /** RSS {@code <author>} is "email (Name)"; the name is what readers want. */
    private static String person(String value) {
        Matcher m = PERSON_IN_PARENS.matcher(value.strip());
        return m.matches() ? m.group(1).strip() : value.strip();
    }

    private record RawDates(String published, String updated) {
        static final RawDates NONE = new RawDates(null, null);
    }

    /**
     * Item date texts in document order; the date elements of items and of the feed itself are then
     * detached so Rome does not parse them again.
     */
    private static List<RawDates> takeRawDates(Document document) {
        Element root = document.getRootElement();
        List<Element> items = new ArrayList<>();
        if (root.getName().equals("feed")) {
            items.addAll(children(root, "entry"));
            detachDates(root);
        } else {
            for (Element child : root.getChildren()) {
                if (child.getName().equals("channel")) {
                    items.addAll(children(child, "item"));
                    detachDates(child);
                } else if (child.getName().equals("item")) {
                    items.add(child);
                }
            }
        }
        var out = new ArrayList<RawDates>(items.size());
        for (Element item : items) {
            out.add(
                    new RawDates(
                            firstText(item, "pubDate", "published", "issued", "created"),
                            firstText(item, "updated", "modified")));
            detachDates(item);
        }
        return out;
    }

    private static void detachDates(Element element) {
        List<Element> dates = new ArrayList<>(2);
        for (Element child : element.getChildren()) {
            if (DATE_ELEMENTS.contains(child.getName())) {
                dates.add(child);
            }
        }
        dates.forEach(Element::detach);
    }

    private static String firstText(Element item, String... names) {
        for (String name : names) {
            for (Element child : item.getChildren()) {
                if (child.getName().equals(name)) {
                    return child.getTextTrim();
                }
            }
        }
        Element dc = item.getChild("date", DC);
        return dc == null ? null : dc.getTextTrim();
    }

    private static List<Element> children(Element parent, String name) {
        var out = new ArrayList<Element>();
        for (Element child : parent.getChildren()) {
            if (child.getName().equals(name)) {
                out.add(child);
            }
        }
        return out;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static String preview(String text) {
        String s = text.strip();
        s = s.length() > 40 ? s.substring(0, 40) + "…" : s;
        return s.replaceAll("\\s+", " ");
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "(no detail)";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /** Exposes Rome's hardened SAX builder setup with DOCTYPEs disallowed. */
    private static final class SecureInput extends WireFeedInput {
        SecureInput() {
            setAllowDoctypes(false);
        }

        SAXBuilder saxBuilder() {
            return createSAXBuilder();
        }
    }
}
