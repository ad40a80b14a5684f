package io.newsflow.processors.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.RawArticle;
import java.text.Normalizer;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
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

    @Test
    void otherLineAndPageBreaksSeparateWordsInsteadOfGluingThem() {
        assertThat(TextNormalizer.normalize("satu\fdua\u000Btiga")).isEqualTo("satu dua tiga");
        assertThat(TextNormalizer.normalize("satu\u2028dua\u0085tiga"))
                .isEqualTo("satu\ndua\ntiga");
        assertThat(TextNormalizer.normalize("satu\u2029dua")).isEqualTo("satu\n\ndua");
    }

    @Test
    void keepsZeroWidthJoinerAndSupplementaryLetters() {
        assertThat(TextNormalizer.normalize("\u200b\ud835\udc00 -kata x\u200dy"))
                .isEqualTo("\ud835\udc00-kata x\u200dy");
    }

    /**
     * The one-pass cleaner must agree with the regular expressions it replaced on any mix of the
     * characters they treat specially. Left out on purpose: break and page characters, which it now
     * treats as breaks and spaces, and supplementary letters, where the old look-behind saw half a
     * surrogate pair and took "𝐀ke -1" for the ordinal "ke -1".
     */
    @Test
    void agreesWithTheRegularExpressionsItReplacedOnRandomText() {
        String[] pieces = {
            "a", "Z", "é", "e\u0301", "ke", "Ke", "k", "e", "-", " -", "  -", "\u00a0-", "1", "9",
            "٣", " ", "  ", "\t", "\n", "\r\n", "\r", "\n\n\n", "\u0007", "\u200b", "\u200d",
            "\u2003", "ж", ".", "–", "x -5", "ke -1"
        };
        var random = new SplittableRandom(7);
        for (int round = 0; round < 20_000; round++) {
            var text = new StringBuilder();
            int length = random.nextInt(1, 14);
            for (int i = 0; i < length; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String input = text.toString();
            assertThat(TextNormalizer.normalize(input))
                    .as("normalize(%s)", input.replace("\n", "\\n"))
                    .isEqualTo(RegexReference.normalize(input));
        }
    }

    /** The regular-expression implementation that TextNormalizer 1 used, for plain text. */
    private static final class RegexReference {
        private static final Pattern CONTROL =
                Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\n\\t\\u200d]]");
        private static final Pattern HORIZONTAL_SPACE = Pattern.compile("[\\t\\x0B\\f\\r\\p{Zs}]+");
        private static final Pattern SPACE_AROUND_NEWLINE = Pattern.compile(" *\\n *");
        private static final Pattern MANY_NEWLINES = Pattern.compile("\\n{3,}");
        private static final Pattern DETACHED_HYPHEN =
                Pattern.compile(
                        "(?<=\\p{L})[ \\u00a0]+-(?=\\p{L})|(?<=(?:^|[^\\p{L}])[Kk]e)[ \\u00a0]+-(?=\\d)");

        static String normalize(String text) {
            String s = Normalizer.normalize(text, Normalizer.Form.NFC);
            s = s.replace("\r\n", "\n").replace('\r', '\n');
            s = CONTROL.matcher(s).replaceAll("");
            s = HORIZONTAL_SPACE.matcher(s).replaceAll(" ");
            s = SPACE_AROUND_NEWLINE.matcher(s).replaceAll("\n");
            s = MANY_NEWLINES.matcher(s).replaceAll("\n\n");
            s = DETACHED_HYPHEN.matcher(s).replaceAll("-");
            s = s.strip();
            return s.isEmpty() ? null : s;
        }
    }
}
