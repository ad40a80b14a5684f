package io.newsflow.ingest.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.model.FeedSpec;
import io.newsflow.model.FeedState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedCatalogTest {
    @TempDir Path dir;

    @Test
    void readsTheExampleCatalogShippedWithNewsflow() {
        Path example = Path.of("..", "feeds.yaml");

        List<FeedSpec> feeds = FeedCatalog.importFile(example);

        assertThat(feeds).hasSizeGreaterThanOrEqualTo(15);
        assertThat(feeds).filteredOn(f -> "id".equals(f.language())).hasSizeGreaterThanOrEqualTo(5);
        assertThat(feeds).extracting(FeedSpec::language).contains("en", "fr", "de", "es", "ja");
        assertThat(feeds)
                .filteredOn(f -> f.feedId().equals("antara-terkini"))
                .singleElement()
                .satisfies(f -> assertThat(f.minInterval()).isEqualTo(Duration.ofMinutes(5)));
    }

    @Test
    void readsYamlWithDefaultsAndDerivedIds() {
        String yaml =
                """
                feeds:
                  - url: https://www.example.com/rss/news.xml?lang=id
                    name: Example
                    tags: politik, ekonomi
                  - id: second
                    url: http://second.example.org/feed
                    maxInterval: 2h
                    enabled: false
                """;

        List<FeedSpec> feeds = FeedCatalog.parse(yaml, "test.yaml");

        assertThat(feeds.get(0).feedId()).isEqualTo("example-com-rss-news-xml-lang-id");
        assertThat(feeds.get(0).tags()).containsExactly("politik", "ekonomi");
        assertThat(feeds.get(0).enabled()).isTrue();
        assertThat(feeds.get(1).maxInterval()).isEqualTo(Duration.ofHours(2));
        assertThat(feeds.get(1).enabled()).isFalse();
    }

    @Test
    void reportsEveryProblemOfAYamlCatalogAtOnce() {
        String yaml =
                """
                feeds:
                  - url: ftp://example.com/feed
                  - url: https://a.example/feed
                    minInterval: soon
                    colour: blue
                  - id: dup
                    url: https://b.example/feed
                  - id: dup
                    url: https://c.example/feed
                """;

        assertThatThrownBy(() -> FeedCatalog.parse(yaml, "bad.yaml"))
                .isInstanceOf(CatalogException.class)
                .satisfies(e -> assertThat(((CatalogException) e).problems()).hasSize(4))
                .hasMessageContaining("feeds[0].url")
                .hasMessageContaining("feeds[1].minInterval")
                .hasMessageContaining("feeds[1].colour: unknown setting")
                .hasMessageContaining("'dup' appears twice");
    }

    @Test
    void readsOpmlWithFoldersAsTagsAndNoEntities() {
        String opml =
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <opml version="2.0">
                  <head><title>Subscriptions</title></head>
                  <body>
                    <outline text="Indonesia">
                      <outline type="rss" text="ANTARA" xmlUrl="https://www.antaranews.com/rss/terkini.xml" language="id"/>
                    </outline>
                    <outline type="rss" title="BBC World" text="bbc" xmlUrl="https://feeds.bbci.co.uk/news/world/rss.xml" category="world,news"/>
                  </body>
                </opml>
                """;

        List<FeedSpec> feeds = FeedCatalog.parse(opml, "subs.opml");

        assertThat(feeds).hasSize(2);
        assertThat(feeds.get(0).name()).isEqualTo("ANTARA");
        assertThat(feeds.get(0).tags()).containsExactly("Indonesia");
        assertThat(feeds.get(0).language()).isEqualTo("id");
        assertThat(feeds.get(1).name()).isEqualTo("BBC World");
        assertThat(feeds.get(1).tags()).containsExactly("world", "news");
    }

    @Test
    void refusesOpmlWithExternalEntities() {
        String opml =
                "<?xml version=\"1.0\"?><!DOCTYPE opml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                        + "<opml version=\"2.0\"><body><outline text=\"&x;\" xmlUrl=\"https://a.example/f\"/></body></opml>";

        assertThatThrownBy(() -> FeedCatalog.parse(opml, "evil.opml"))
                .isInstanceOf(CatalogException.class);
    }

    @Test
    void exportsOpmlThatImportsBackWithTheCurrentUrls() throws Exception {
        var specs =
                List.of(
                        new FeedSpec(
                                "a",
                                "https://a.example/feed",
                                "A & B",
                                "id",
                                List.of("x"),
                                null,
                                null,
                                true),
                        new FeedSpec(
                                "b",
                                "https://b.example/old",
                                null,
                                null,
                                List.of(),
                                null,
                                null,
                                true));
        var moved =
                new FeedState(
                        1,
                        "b",
                        "https://b.example/new",
                        null,
                        null,
                        null,
                        0,
                        0,
                        null,
                        null,
                        null,
                        0,
                        List.of(),
                        "https://b.example/old");

        String opml = FeedCatalog.toOpml(specs, Map.of("b", moved));
        Path file = dir.resolve("export.opml");
        Files.writeString(file, opml);
        List<FeedSpec> back = FeedCatalog.importFile(file);

        assertThat(back)
                .extracting(FeedSpec::url)
                .containsExactly("https://a.example/feed", "https://b.example/new");
        assertThat(back.get(0).name()).isEqualTo("A & B");
        assertThat(back.get(0).tags()).containsExactly("x");
    }
}
