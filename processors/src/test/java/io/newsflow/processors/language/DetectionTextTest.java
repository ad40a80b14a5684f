package io.newsflow.processors.language;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.model.RawArticle;
import io.newsflow.seeds.SeedCorpus;
import org.junit.jupiter.api.Test;

class DetectionTextTest {
    private static String byRegex(String text) {
        return DetectionText.NOT_LANGUAGE.matcher(text).replaceAll(" ");
    }

    @Test
    void removesUrlsAndEmailsAsThePatternDoes() {
        String text =
                "Baca juga: https://antaranews.com/berita/1 dan www.kompas.id, kontak"
                        + " redaksi@tempo.co. (x@y) a@b.c a@.bc http:// xhttp://a @a.b www. foo";
        assertThat(DetectionText.withoutUrlsAndEmails(text)).isEqualTo(byRegex(text));
        assertThat(DetectionText.withoutUrlsAndEmails(text))
                .doesNotContain("antaranews", "kompas", "tempo")
                .contains(" x ");
    }

    @Test
    void removesWhatThePatternRemovesOnTheSeeds() {
        for (RawArticle seed : SeedCorpus.builtIn().articles()) {
            String text = seed.fullText() + " lihat https://example.com/a?b=c atau tulis ke a@b.id";
            assertThat(DetectionText.withoutUrlsAndEmails(text)).isEqualTo(byRegex(text));
        }
    }

    @Test
    void removesWhatThePatternRemovesOnTextBuiltFromItsPieces() {
        String[] pieces = {
            "http://",
            "https://",
            "http:/",
            "https:",
            "www.",
            "ww.",
            "www",
            "@",
            "@@",
            ".",
            "..",
            "a",
            "b",
            "x",
            "h",
            "w",
            "/",
            ":",
            " ",
            " ",
            "\t",
            "\n",
            "\r",
            "\u000B",
            "\f",
            "\u00A0",
            "\u2028",
            "é",
            "😀",
            "-"
        };
        for (String s : PieceTexts.of(pieces, 200_000, 14, 1, 2026_12_03_17L)) {
            assertThat(DetectionText.withoutUrlsAndEmails(s))
                    .as("cleaned %s", s.chars().mapToObj(Integer::toHexString).toList())
                    .isEqualTo(byRegex(s));
        }
    }
}
