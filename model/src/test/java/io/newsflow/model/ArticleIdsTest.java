package io.newsflow.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleIdsTest {
    @Test
    void prefersCanonicalUrlThenFeedAndGuidThenText() {
        String byUrl = ArticleIds.of("https://a.example/x", "feed", "guid", "t", "c");
        String byGuid = ArticleIds.of(null, "feed", "guid", "t", "c");
        String byText = ArticleIds.of(null, "feed", null, "t", "c");

        assertThat(byUrl)
                .isEqualTo(ArticleIds.of("https://a.example/x", "other-feed", "other", "x", "y"));
        assertThat(byGuid)
                .isNotEqualTo(byUrl)
                .isEqualTo(ArticleIds.of(null, "feed", " guid ", "x", "y"));
        assertThat(byText).isNotEqualTo(byGuid).hasSize(32);
    }

    @Test
    void textIdIgnoresCaseWhitespaceAndCompatibilityForms() {
        assertThat(ArticleIds.of(null, null, null, "Trump  dan\nPutin", "isi"))
                .isEqualTo(ArticleIds.of(null, null, null, "trump dan putin", " isi "));
    }

    @Test
    void builderDerivesIdFromCanonicalizedUrl() {
        RawArticle a =
                RawArticle.builder()
                        .feedId("f")
                        .url("HTTPS://Example.COM:443/a?utm_medium=rss#x")
                        .build();
        RawArticle b = RawArticle.builder().feedId("g").url("https://example.com/a").build();

        assertThat(a.canonicalUrl()).isEqualTo("https://example.com/a");
        assertThat(a.articleId()).isEqualTo(b.articleId());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "https://www.Kompas.com/read/2025/08/19/x?utm_source=rss&page=2&fbclid=abc#comments|https://www.kompas.com/read/2025/08/19/x?page=2",
                "http://example.com:80|http://example.com/",
                "http://example.com:8080/a|http://example.com:8080/a",
                "https://example.com./a?gclid=1|https://example.com/a",
            })
    void canonicalizesArticleUrls(String input, String expected) {
        assertThat(CanonicalUrls.canonicalize(input)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"not a url", "mailto:redaksi@example.com", "/relative/path", "ftp://example.com/x"})
    void rejectsWhatIsNotAnAbsoluteWebUrl(String input) {
        assertThat(CanonicalUrls.canonicalize(input)).isEmpty();
    }
}
