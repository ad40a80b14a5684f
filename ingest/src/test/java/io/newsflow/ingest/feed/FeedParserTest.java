package io.newsflow.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.ingest.fetch.Repair;
import io.newsflow.ingest.poll.LocalFeedServer;
import io.newsflow.model.CanonicalUrls;
import io.newsflow.model.Origin;
import io.newsflow.model.RawArticle;
import io.newsflow.seeds.SeedCorpus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FeedParserTest {
    private static final String BASE = "http://127.0.0.1:8080";
    private static final Instant FETCHED = Instant.parse("2025-11-01T12:00:00Z");
    private final FeedParser parser = new FeedParser();
    private final SeedCorpus seeds = SeedCorpus.builtIn();

    @Test
    void readsSeedCorpusAsRss2() throws Exception {
        ParsedFeed feed = parse(seeds.renderRss(BASE));

        assertThat(feed.format()).isEqualTo("rss_2.0");
        assertSeedArticles(feed.articles());
        assertThat(feed.repairs()).isEmpty();
    }

    @Test
    void readsSeedCorpusAsAtom() throws Exception {
        ParsedFeed feed = parse(seeds.renderAtom(BASE));

        assertThat(feed.format()).isEqualTo("atom_1.0");
        assertSeedArticles(feed.articles());
        assertThat(feed.articles()).allSatisfy(a -> assertThat(a.authors()).hasSize(1));
    }

    @Test
    void readsSeedCorpusAsJsonFeed() throws Exception {
        ParsedFeed feed = parse(seeds.renderJsonFeed(BASE));

        assertThat(feed.format()).isEqualTo("json_1.1");
        assertSeedArticles(feed.articles());
    }

    private void assertSeedArticles(List<RawArticle> articles) {
        assertThat(articles).hasSize(seeds.size());
        for (int i = 0; i < seeds.size(); i++) {
            var seed = seeds.seeds().get(i);
            RawArticle a = articles.get(i);
            assertThat(a.feedId()).isEqualTo("f1");
            assertThat(a.url()).isEqualTo(SeedCorpus.link(BASE, seed));
            assertThat(a.canonicalUrl())
                    .isEqualTo(CanonicalUrls.canonicalize(a.url()).orElseThrow());
            assertThat(a.guid()).isEqualTo(SeedCorpus.guid(seed));
            assertThat(a.title()).isEqualTo(seed.title());
            assertThat(a.content())
                    .doesNotContain("<p>")
                    .contains(seed.text().strip().split("\n")[0].strip());
            assertThat(a.publishedAt()).isEqualTo(seed.publishedAt());
            assertThat(a.fetchedAt()).isEqualTo(FETCHED);
            assertThat(a.languageHint()).isEqualTo("id");
            assertThat(a.origin()).isEqualTo(Origin.FEED);
            assertThat(a.provenance().feedUrl()).isEqualTo(BASE + "/feed");
            assertThat(a.provenance().httpStatus()).isEqualTo(200);
            assertThat(a.provenance().etag()).isEqualTo("\"v1\"");
        }
        // The same item gives the same id in every format: it is derived from the canonical URL.
        assertThat(articles.get(0).articleId()).hasSize(32);
    }

    @Test
    void keysEveryItemButBuildsArticlesOnlyForUnknownOnes() throws Exception {
        ParsedFeed all = parse(seeds.renderRss(BASE));
        String knownKey = all.itemKeys().get(0);

        ParsedFeed rest =
                parser.parse(
                        input(bytes(seeds.renderRss(BASE)), Optional.empty()), knownKey::equals);

        assertThat(all.itemKeys()).hasSize(seeds.size()).doesNotHaveDuplicates();
        assertThat(rest.itemKeys()).isEqualTo(all.itemKeys());
        assertThat(rest.articles()).hasSize(seeds.size() - 1);
        assertThat(rest.articles())
                .extracting(RawArticle::guid)
                .doesNotContain(all.articles().get(0).guid());
    }

    @Test
    void anEditedItemGetsANewKey() throws Exception {
        String original = seeds.renderRss(BASE);
        String edited = original.replaceFirst("<title>(?!newsflow)", "<title>UPDATE: ");

        ParsedFeed before = parse(original);
        ParsedFeed after = parse(edited);

        assertThat(after.itemKeys().get(0)).isNotEqualTo(before.itemKeys().get(0));
        assertThat(after.itemKeys().subList(1, seeds.size()))
                .isEqualTo(before.itemKeys().subList(1, seeds.size()));
        assertThat(after.articles().get(0).articleId())
                .isEqualTo(before.articles().get(0).articleId());
    }

    @Test
    void repairsIndonesianFeedAndRecordsEveryRepair() throws Exception {
        ParsedFeed feed = parse(resource("/feeds/indonesian-rss.xml"));

        assertThat(feed.refreshHint()).isEqualTo(Duration.ofMinutes(30));
        RawArticle first = feed.articles().get(0);
        assertThat(first.title()).isEqualTo("Pemerintah umumkan kebijakan baru");
        assertThat(first.url())
                .isEqualTo(BASE + "/nasional/2025/05/12/kebijakan-baru?utm_medium=rss#top");
        assertThat(first.canonicalUrl()).isEqualTo(BASE + "/nasional/2025/05/12/kebijakan-baru");
        assertThat(first.summary())
                .isEqualTo("Pemerintah mengumumkan kebijakan baru.\n\nRincian menyusul.");
        assertThat(first.publishedAt()).isEqualTo(Instant.parse("2025-05-12T10:00:00Z"));
        assertThat(first.authors()).containsExactly("Budi Santoso");
        assertThat(first.categories()).containsExactly("Nasional", "Politik");
        assertThat(first.languageHint()).isEqualTo("id");
        RawArticle second = feed.articles().get(1);
        assertThat(second.title()).isEqualTo("Harga beras turun");
        assertThat(second.publishedAt()).isEqualTo(Instant.parse("2025-08-18T00:30:00Z"));
        assertThat(feed.repairs())
                .extracting(Repair::kind)
                .contains("invalid-xml-char", "html-entity", "date-fallback");
    }

    @Test
    void readsRss091WithItsDoctypeRemovedUnread() throws Exception {
        ParsedFeed feed = parse(resource("/feeds/rss091-netscape.xml"));

        assertThat(feed.format()).startsWith("rss_0.9");
        assertThat(feed.articles())
                .singleElement()
                .satisfies(
                        a -> {
                            assertThat(a.title()).isEqualTo("Café opens");
                            assertThat(a.languageHint()).isEqualTo("en-US");
                        });
        assertThat(feed.repairs()).extracting(Repair::kind).contains("doctype-removed");
    }

    @Test
    void readsRss10WithDublinCoreAndSyndication() throws Exception {
        ParsedFeed feed = parse(resource("/feeds/rss10-rdf.xml"));

        assertThat(feed.format()).isEqualTo("rss_1.0");
        assertThat(feed.refreshHint()).isEqualTo(Duration.ofMinutes(30));
        assertThat(feed.articles())
                .singleElement()
                .satisfies(
                        a -> {
                            assertThat(a.publishedAt())
                                    .isEqualTo(Instant.parse("2025-05-12T10:00:00Z"));
                            assertThat(a.languageHint()).isEqualTo("de");
                            assertThat(a.authors()).containsExactly("Anna Schmidt");
                            assertThat(a.canonicalUrl())
                                    .isEqualTo("http://example.invalid/de/1?id=7");
                        });
    }

    @Test
    void readsAtom03WithXmlLang() throws Exception {
        ParsedFeed feed = parse(resource("/feeds/atom03.xml"));

        assertThat(feed.format()).isEqualTo("atom_0.3");
        assertThat(feed.articles())
                .singleElement()
                .satisfies(
                        a -> {
                            assertThat(a.title()).isEqualTo("Les négociations reprennent");
                            assertThat(a.guid()).isEqualTo("tag:example.invalid,2025:fr-1");
                            assertThat(a.publishedAt())
                                    .isEqualTo(Instant.parse("2025-05-12T10:00:00Z"));
                            assertThat(a.languageHint()).isEqualTo("fr");
                            assertThat(a.authors()).containsExactly("Marie Dupont");
                        });
    }

    @Test
    void prefersTheOperatorsDeclaredLanguageThenFeedThenHttp() throws Exception {
        String rssWithoutLanguage = seeds.renderRss(BASE).replace("<language>id</language>", "");
        var fromHttp = parser.parse(input(bytes(rssWithoutLanguage), null, "ms-MY"));
        var fromOperator = parser.parse(input(bytes(seeds.renderRss(BASE)), "en", "ms"));

        assertThat(fromHttp.articles().get(0).languageHint()).isEqualTo("ms-MY");
        assertThat(fromOperator.articles().get(0).languageHint()).isEqualTo("en");
    }

    @Test
    void refusesExternalFileEntity() {
        assertParseError(resource("/hostile/xxe-file.xml"), ParseError.FORBIDDEN_DOCTYPE);
    }

    @Test
    void refusesExternalHttpEntityWithoutFetchingIt() {
        try (var server = LocalFeedServer.start()) {
            server.route(
                    "/", ex -> LocalFeedServer.send(ex, 200, "text/plain", "secret".getBytes()));
            String xml = resource("/hostile/xxe-http.xml").replace("{{BASE}}", server.url(""));

            assertParseError(xml, ParseError.FORBIDDEN_DOCTYPE);
            assertThat(server.requests()).isEmpty();
        }
    }

    @Test
    void refusesBillionLaughsUnexpanded() {
        assertParseError(resource("/hostile/billion-laughs.xml"), ParseError.FORBIDDEN_DOCTYPE);
    }

    @Test
    void stillRefusesADoctypeTheSnifferCannotSee() {
        // Defence in depth: a DOCTYPE after a long comment is past the sniffer's window, but the
        // SAX parser itself runs with DOCTYPEs disallowed.
        String padding = "<!--" + "x".repeat(70_000) + "-->";
        String xml =
                "<?xml version=\"1.0\"?>"
                        + padding
                        + "<!DOCTYPE rss [<!ENTITY a \"b\">]><rss version=\"2.0\"><channel>"
                        + "<title>&a;</title></channel></rss>";

        assertThatThrownBy(() -> parse(xml))
                .isInstanceOf(FeedParseException.class)
                .satisfies(
                        e ->
                                assertThat(((FeedParseException) e).error())
                                        .isIn(
                                                ParseError.FORBIDDEN_DOCTYPE,
                                                ParseError.MALFORMED_XML,
                                                ParseError.NOT_A_FEED));
    }

    @Test
    void acceptsNestingUpToTheLimitAndRefusesDeeperAsTooDeep() throws Exception {
        // rss > channel > item > description-like unknown elements: 3 levels before the chain.
        ParsedFeed atLimit = parse(nestedRss(256 - 3));

        assertThat(atLimit.articles()).hasSize(1);
        assertThatThrownBy(() -> parse(nestedRss(256 - 2)))
                .isInstanceOf(FeedParseException.class)
                .hasMessage(
                        "XML refused: elements nested deeper than 256 levels (the poller's nesting"
                                + " limit; real feeds need far fewer) at line 1")
                .satisfies(
                        e ->
                                assertThat(((FeedParseException) e).error())
                                        .isEqualTo(ParseError.TOO_DEEP));
        assertThat(ParseError.TOO_DEEP.tag()).isEqualTo("too-deep");
    }

    private static String nestedRss(int depth) {
        return "<rss version=\"2.0\"><channel><title>t</title><item><title>a</title>"
                + "<x>".repeat(depth)
                + "</x>".repeat(depth)
                + "</item></channel></rss>";
    }

    @Test
    void readsAtMostMaxItemsOfOneBodyAndRecordsTheRest() throws Exception {
        var body = new StringBuilder("<rss version=\"2.0\"><channel><title>t</title>");
        for (int i = 0; i < ParsedFeed.MAX_ITEMS + 10; i++) {
            body.append("<item><guid>g").append(i).append("</guid></item>");
        }
        ParsedFeed feed =
                parser.parse(
                        input(bytes(body.append("</channel></rss>").toString()), Optional.empty()),
                        key -> true);

        assertThat(feed.itemKeys()).hasSize(ParsedFeed.MAX_ITEMS);
        assertThat(feed.repairs()).extracting(Repair::kind).containsExactly("too-many-items");
    }

    @Test
    void reportsHtmlPageAndTheFeedItAdvertises() {
        assertThatThrownBy(() -> parse(resource("/hostile/html-page.html")))
                .isInstanceOf(FeedParseException.class)
                .hasMessageContaining("HTML page")
                .hasMessageContaining("https://example.invalid/rss.xml")
                .satisfies(
                        e ->
                                assertThat(((FeedParseException) e).error())
                                        .isEqualTo(ParseError.HTML_PAGE));
    }

    @Test
    void reportsTruncatedXml() {
        assertParseError(resource("/hostile/truncated.xml"), ParseError.MALFORMED_XML);
    }

    @Test
    void reportsJsonFeedWithWrongStructure() {
        assertThatThrownBy(() -> parse(resource("/hostile/jsonfeed-wrong-types.json")))
                .hasMessageContaining("'items' must be an array, was object");
    }

    @Test
    void skipsJsonFeedItemWithWrongTypeAndKeepsTheOthers() throws Exception {
        ParsedFeed feed = parse(resource("/hostile/jsonfeed-bad-item.json"));

        assertThat(feed.format()).isEqualTo("json_1");
        assertThat(feed.articles())
                .extracting(RawArticle::title)
                .containsExactly("Good item with a numeric id", "Another good item");
        assertThat(feed.articles().get(0).authors()).containsExactly("Redaksi");
        assertThat(feed.articles().get(1).content()).isEqualTo("Text & more");
        assertThat(feed.articles().get(1).categories()).containsExactly("politik", "ekonomi");
        assertThat(feed.repairs())
                .extracting(Repair::kind)
                .containsExactlyInAnyOrder("json-type", "json-item-skipped");
        assertThat(feed.repairs())
                .anySatisfy(
                        r ->
                                assertThat(r.detail())
                                        .contains("item 2: 'title' must be a string, was number"));
    }

    @Test
    void detectsWindows1251DeclaredAsUtf8() throws Exception {
        String russian =
                "Переговоры о мире продолжаются в Женеве, сообщили дипломаты. "
                        + "Стороны обсуждают прекращение огня и обмен пленными.";
        String xml =
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                        + "<title>Новости</title><link>http://example.invalid/</link><description>"
                        + russian
                        + "</description><item><title>"
                        + russian.substring(0, 40)
                        + "</title><link>http://example.invalid/ru/1</link><description>"
                        + russian
                        + " "
                        + russian
                        + "</description></item></channel></rss>";
        byte[] body = xml.getBytes(Charset.forName("windows-1251"));

        ParsedFeed feed = parser.parse(input(body, Optional.of("utf-8")));

        assertThat(feed.articles().get(0).title()).isEqualTo(russian.substring(0, 40).strip());
        assertThat(feed.repairs())
                .anySatisfy(
                        r -> {
                            assertThat(r.kind()).isEqualTo("charset");
                            assertThat(r.detail()).contains("windows-1251");
                        });
    }

    @Test
    void readsUtf8BytesBehindALatin1Header() throws Exception {
        byte[] body =
                seeds.renderRss(BASE)
                        .replace("newsflow seed corpus", "Berita terkini — édition")
                        .getBytes(StandardCharsets.UTF_8);

        ParsedFeed feed = parser.parse(input(body, Optional.of("ISO-8859-1")));

        assertThat(feed.title()).isEqualTo("Berita terkini — édition");
        assertThat(feed.repairs())
                .extracting(Repair::detail)
                .contains("declared ISO-8859-1 but bytes are UTF-8");
    }

    @Test
    void reportsContentThatIsNoFeed() {
        assertParseError("<?xml version=\"1.0\"?><svg><g/></svg>", ParseError.NOT_A_FEED);
        assertParseError("just some text", ParseError.NOT_A_FEED);
        assertParseError("{\"hello\": \"world\"}", ParseError.NOT_A_FEED);
        assertParseError("   \n", ParseError.EMPTY);
    }

    private void assertParseError(String body, ParseError expected) {
        assertThatThrownBy(() -> parse(body))
                .isInstanceOf(FeedParseException.class)
                .satisfies(e -> assertThat(((FeedParseException) e).error()).isEqualTo(expected));
    }

    private ParsedFeed parse(String body) throws FeedParseException {
        return parser.parse(input(bytes(body), Optional.empty()));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static FeedInput input(byte[] body, Optional<String> charset) {
        return new FeedInput(
                "f1", null, BASE + "/feed", body, charset, null, null, 200, "\"v1\"", FETCHED);
    }

    private static FeedInput input(byte[] body, String operatorLanguage, String contentLanguage) {
        return new FeedInput(
                "f1",
                null,
                BASE + "/feed",
                body,
                Optional.empty(),
                contentLanguage,
                operatorLanguage,
                200,
                "\"v1\"",
                FETCHED);
    }

    static String resource(String path) {
        try (InputStream in = FeedParserTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("missing test resource " + path, e);
        }
    }
}
