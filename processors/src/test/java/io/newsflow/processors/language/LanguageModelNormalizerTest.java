package io.newsflow.processors.language;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.model.RawArticle;
import io.newsflow.seeds.SeedCorpus;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.normalizer.AggregateCharSequenceNormalizer;
import opennlp.tools.util.normalizer.CharSequenceNormalizer;
import opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer;
import opennlp.tools.util.normalizer.NumberCharSequenceNormalizer;
import opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;
import opennlp.tools.util.normalizer.UrlCharSequenceNormalizer;
import org.junit.jupiter.api.Test;

/** The skipping normalizer must answer exactly what OpenNLP's aggregate of the five answers. */
class LanguageModelNormalizerTest {
    /** As OpenNLP's {@code LanguageDetectorFactory} builds it. */
    private static final CharSequenceNormalizer OPEN_NLP =
            new AggregateCharSequenceNormalizer(
                    EmojiCharSequenceNormalizer.getInstance(),
                    UrlCharSequenceNormalizer.getInstance(),
                    TwitterCharSequenceNormalizer.getInstance(),
                    NumberCharSequenceNormalizer.getInstance(),
                    ShrinkCharSequenceNormalizer.getInstance());

    /** Characters and pieces each of OpenNLP's patterns is made of, and plain text around them. */
    private static final String[] PIECES = {
        "h",
        "j",
        "H",
        "J",
        "a",
        "e",
        "i",
        "o",
        "u",
        "A",
        "O",
        "x",
        "X",
        ":",
        ";",
        "-",
        "(",
        ")",
        "d",
        "D",
        "p",
        "P",
        "r",
        "R",
        "t",
        "T",
        " ",
        " ",
        "  ",
        "\t",
        "\n",
        "\r",
        "\u000B",
        "\f",
        "#",
        "@",
        "/",
        "0",
        "7",
        ".",
        ",",
        "é",
        "É",
        "\u00A0",
        "\u2028",
        "😀",
        "\uD83D",
        "\uDE00",
        "\uD83C",
        "\uDC00",
        "𝐁",
        "k",
        "s",
        "w",
        "m",
        "n",
        "http://",
        "https://a.b/c?d=e",
        "www.",
        "rt ",
        "RT:",
        "haha",
        "hehe",
        "jaja",
        "HaHa",
        "x-d",
        ":-)",
        ";p",
        "xo",
        "aaa",
        "AaA",
        "...",
        "!!!",
        "user@mail.example",
        "bertemu",
        "Presiden",
        "123,45",
        "\u0085",
        "\u2029",
        "K",
        "\u212A",
        "\u0131",
        "\u0130",
        "\u00DF",
        "bbb",
        "BbB",
        "\n\n",
        " \n "
    };

    @Test
    void answersWhatOpenNlpsNormalizersAnswerOnTheSeeds() {
        for (RawArticle seed : SeedCorpus.builtIn().articles()) {
            for (String text : List.of(seed.title(), seed.fullText())) {
                assertThat(LanguageModelNormalizer.normalize(text))
                        .isEqualTo(OPEN_NLP.normalize(text).toString());
            }
        }
    }

    @Test
    void answersWhatOpenNlpsNormalizersAnswerOnTextBuiltFromTheirPatterns() {
        List<String> texts = new ArrayList<>(List.of("", " ", "a", "  a", "a ", "\ta\t"));
        texts.addAll(PieceTexts.of(PIECES, 100_000, 24, 1, 2026_12_03L));
        for (String text : texts) {
            assertThat(LanguageModelNormalizer.normalize(text))
                    .as("normalized %s", text.codePoints().mapToObj(Integer::toHexString).toList())
                    .isEqualTo(OPEN_NLP.normalize(text).toString());
        }
    }

    @Test
    void answersWhatOpenNlpsNormalizersAnswerOnEveryCodePointAloneAndBetweenLetters() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            String c = new String(Character.toChars(cp));
            for (String text : List.of(c, "a" + c + c + "b", "a" + c + c + c + "b")) {
                String expected =
                        cp > 0x10FC00 && text.endsWith(c + c + c + "b")
                                // the JDK's back-reference on a surrogate pair: see shrink's test
                                ? "a" + c + c + "b"
                                : OPEN_NLP.normalize(text).toString();
                assertThat(LanguageModelNormalizer.normalize(text))
                        .as("U+%04X", cp)
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void shrinksAsOpenNlpsShrinkNormalizer() {
        var shrink = ShrinkCharSequenceNormalizer.getInstance();
        String[] alphabet = {
            " ",
            " ",
            "\t",
            "\n",
            "\r",
            "\u000B",
            "\f",
            "\u0085",
            "\u2028",
            "\u2029",
            "\u00A0",
            "a",
            "a",
            "A",
            "b",
            "B",
            "k",
            "K",
            "\u212A",
            "\u0131",
            "\u0130",
            "\u00E9",
            "\u00C9",
            "-",
            "-",
            ".",
            "!",
            "1",
            "\uD83D\uDE00",
            "\uD83D"
        };
        for (String s : PieceTexts.of(alphabet, 200_000, 16, 4, 2026_12_03_16L)) {
            if (s.codePoints().anyMatch(Character::isSupplementaryCodePoint)) {
                continue; // OpenNLP's regex may throw on these: see the next test
            }
            assertThat(LanguageModelNormalizer.shrink(s))
                    .as("shrunk %s", s.chars().mapToObj(Integer::toHexString).toList())
                    .isEqualTo(shrink.normalize(s).toString());
        }
    }

    /**
     * Repeats of a surrogate pair count as repeats of its code point. OpenNLP's pattern, on the
     * JDK's case-insensitive back-reference, compares a pair with the chars after it, and throws at
     * the end of the text: a hostile feed's repeated supplementary characters would fail the step.
     */
    @Test
    void shrinksRepeatedSupplementaryCharactersByCodePoint() {
        String max = new String(Character.toChars(0x10FFFD)); // survives the emoji class
        assertThat(LanguageModelNormalizer.shrink("a" + max.repeat(3))).isEqualTo("a" + max + max);
        assertThat(LanguageModelNormalizer.shrink("😀😀😀😀 b")).isEqualTo("😀😀 b");
        assertThat(LanguageModelNormalizer.normalize("a " + max.repeat(4)))
                .isEqualTo("a " + max + max);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () ->
                                ShrinkCharSequenceNormalizer.getInstance()
                                        .normalize("a" + max.repeat(3)))
                .isInstanceOf(StringIndexOutOfBoundsException.class);
    }

    @Test
    void plainNewsProseSkipsUrlAndTwitterAndIsReturnedUnchanged() {
        String prose = "Presiden Rusia bertemu Donald Trump di Alaska, kata juru bicara Kremlin.";

        assertThat(LanguageModelNormalizer.mayHoldUrlOrEmail(prose)).isFalse();
        assertThat(LanguageModelNormalizer.mayHoldTwitterMarkup(prose)).isFalse();
        assertThat(
                        LanguageModelNormalizer.spaceOutRuns(
                                prose, LanguageModelNormalizer::isAsciiDigit))
                .isSameAs(prose);
        assertThat(LanguageModelNormalizer.shrink(prose)).isSameAs(prose);
        assertThat(LanguageModelNormalizer.normalize(prose)).isSameAs(prose);
        assertThat(LanguageModelNormalizer.shrink("Kremlin.  Putin")).isEqualTo("Kremlin. Putin");
    }
}
