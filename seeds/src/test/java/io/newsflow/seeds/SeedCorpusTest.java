package io.newsflow.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.kafka.Json;
import io.newsflow.model.Origin;
import io.newsflow.model.RawArticle;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class SeedCorpusTest {
    private final SeedCorpus corpus = SeedCorpus.builtIn();

    @Test
    void listsFiveSeedsWithManifestTitlesAndFixedTimes() {
        List<RawArticle> articles = corpus.articles();

        assertThat(articles).hasSize(5);
        assertThat(articles)
                .extracting(RawArticle::title)
                .contains(
                        "Tekad Trump Ingin Mengakhiri Konflik Rusia Dan Ukraina Berjalan Mulus, Putin Setuju?");
        assertThat(articles)
                .allSatisfy(
                        a -> {
                            assertThat(a.feedId()).isEqualTo("seeds");
                            assertThat(a.origin()).isEqualTo(Origin.REPLAY);
                            assertThat(a.languageHint()).isEqualTo("id");
                            assertThat(a.publishedAt()).isNotNull();
                            assertThat(a.content()).hasSizeGreaterThan(1000);
                        });
        assertThat(articles).extracting(RawArticle::articleId).doesNotHaveDuplicates();
    }

    @Test
    void everyLoadYieldsIdenticalRecords() {
        assertThat(SeedCorpus.builtIn().articles()).isEqualTo(corpus.articles());
    }

    @Test
    void contentDoesNotRepeatATitleThatOpensTheFile() {
        RawArticle macron = corpus.articles().get(4);

        assertThat(macron.content()).startsWith("Presiden Prancis Emmanuel Macron");
    }

    @Test
    void rendersWellFormedRssWithEveryItem() throws Exception {
        Document rss = parse(corpus.renderRss("http://127.0.0.1:8080/"));

        assertThat(rss.getElementsByTagName("item").getLength()).isEqualTo(5);
        assertThat(rss.getElementsByTagName("language").item(0).getTextContent()).isEqualTo("id");
        assertThat(rss.getElementsByTagName("link").item(1).getTextContent())
                .isEqualTo("http://127.0.0.1:8080/articles/000_55eb83b34c009a25.html");
    }

    @Test
    void rendersWellFormedAtomWithLanguage() throws Exception {
        Document atom = parse(corpus.renderAtom("http://127.0.0.1:8080"));

        assertThat(atom.getDocumentElement().getAttribute("xml:lang")).isEqualTo("id");
        assertThat(atom.getElementsByTagName("entry").getLength()).isEqualTo(5);
    }

    @Test
    void rendersJsonFeed() throws Exception {
        JsonNode feed = Json.mapper().readTree(corpus.renderJsonFeed("http://127.0.0.1:8080"));

        assertThat(feed.get("version").asText()).isEqualTo("https://jsonfeed.org/version/1.1");
        assertThat(feed.get("items")).hasSize(5);
        assertThat(feed.get("items").get(0).get("content_html").asText()).startsWith("<p>");
    }

    private static Document parse(String xml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        return factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
