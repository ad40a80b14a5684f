package io.newsflow.processors.language;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.model.RawArticle;
import io.newsflow.seeds.SeedCorpus;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
        "123,45"
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
        var random = new Random(2026_12_03L);
        List<String> texts = new ArrayList<>(List.of("", " ", "a", "  a", "a ", "\ta\t"));
        for (int t = 0; t < 100_000; t++) {
            var text = new StringBuilder();
            int pieces = random.nextInt(24);
            for (int i = 0; i < pieces; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            texts.add(text.toString());
        }
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
            for (String text : List.of(c, "a" + c + c + "b")) {
                assertThat(LanguageModelNormalizer.normalize(text))
                        .as("U+%04X", cp)
                        .isEqualTo(OPEN_NLP.normalize(text).toString());
            }
        }
    }

    @Test
    void plainNewsProseSkipsUrlTwitterAndShrink() {
        String prose = "Presiden Rusia bertemu Donald Trump di Alaska, kata juru bicara Kremlin.";

        assertThat(LanguageModelNormalizer.mayHoldUrlOrEmail(prose)).isFalse();
        assertThat(LanguageModelNormalizer.mayHoldTwitterMarkup(prose)).isFalse();
        assertThat(LanguageModelNormalizer.mayShrink(prose)).isFalse();
        assertThat(
                        LanguageModelNormalizer.spaceOutRuns(
                                prose, LanguageModelNormalizer::isAsciiDigit))
                .isSameAs(prose);
        assertThat(LanguageModelNormalizer.mayShrink("Kremlin.  Putin")).isTrue();
    }
}
