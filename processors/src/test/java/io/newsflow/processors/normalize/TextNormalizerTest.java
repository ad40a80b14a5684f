package io.newsflow.processors.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.RawArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {
    @Test
    void turnsHtmlIntoTextKeepingParagraphsAndDroppingScripts() {
        String html =
                "<p>Presiden <b>Trump</b> &amp; Putin</p><script>alert(1)</script><p>Baris&nbsp;dua<br>tiga</p>";

        assertThat(TextNormalizer.normalize(html))
                .isEqualTo("Presiden Trump & Putin\n\nBaris dua\ntiga");
    }

    @Test
    void composesUnicodeToNfc() {
        String decomposed = "Jenewa Cafe\u0301";

        assertThat(TextNormalizer.normalize(decomposed)).isEqualTo("Jenewa Caf\u00e9");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "ketika negara -negara Barat membahas|ketika negara-negara Barat membahas",
                "disambut dengan hati -hati oleh Kyiv|disambut dengan hati-hati oleh Kyiv",
                "Forum Ekonomi Timur ke -10 di Vladivostok|Forum Ekonomi Timur ke-10 di Vladivostok",
                "suhu -5 derajat|suhu -5 derajat",
                "Perang di Ukraina – Dapat melibatkan|Perang di Ukraina – Dapat melibatkan",
                "a - b|a - b",
            })
    void repairsMachineTranslationSpacingInHyphenatedWordsOnly(String input, String expected) {
        assertThat(TextNormalizer.normalize(input)).isEqualTo(expected);
    }

    @Test
    void foldsWhitespaceAndControlCharactersButKeepsParagraphBreaks() {
        String messy = "  Satu\t\tdua\u0007 \r\n\r\n\r\n\r\n  tiga\u00a0 empat  \n";

        assertThat(TextNormalizer.normalize(messy)).isEqualTo("Satu dua\n\ntiga empat");
    }

    @Test
    void blankTextBecomesAbsent() {
        assertThat(TextNormalizer.normalize(" \n\t ")).isNull();
        assertThat(TextNormalizer.normalize(null)).isNull();
    }

    @Test
    void titlesBecomeOneLine() {
        assertThat(TextNormalizer.normalizeLine("Judul\n  berita")).isEqualTo("Judul berita");
    }

    @Test
    void normalizerSetsCanonicalUrlAndRecordsItsVersion() {
        RawArticle raw =
                RawArticle.builder()
                        .articleId("a1")
                        .feedId("f")
                        .title("<i>Judul</i>")
                        .url("https://News.Example.com:443/a?utm_source=x&id=7#frag")
                        .canonicalUrl(null)
                        .build()
                        .withCanonicalUrl(null);

        EnrichedArticle out = new ArticleNormalizer().apply(EnrichedArticle.of(raw));

        assertThat(out.article().title()).isEqualTo("Judul");
        assertThat(out.article().canonicalUrl()).isEqualTo("https://news.example.com/a?id=7");
        assertThat(out.versions()).containsEntry("normalizer", ArticleNormalizer.VERSION);
    }
}
