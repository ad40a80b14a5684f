package io.newsflow.processors.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.newsflow.model.RawArticle;
import io.newsflow.seeds.SeedCorpus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import org.junit.jupiter.api.Test;

/**
 * newsflow computes the language model's features itself (see {@link OpenNlpLanguageModel}); this
 * checks that it answers what OpenNLP's own detector answers, label by label.
 */
class OpenNlpLanguageModelTest {
    private static final OpenNlpLanguageModel MODEL = OpenNlpLanguageModel.load();

    @Test
    void answersWhatOpenNlpsDetectorAnswers() {
        var openNlp = new LanguageDetectorME(OpenNlpLanguageModel.readOpenNlpModel());
        String[] labels = MODEL.labels();
        for (String text : texts()) {
            double[] ours = MODEL.labelProbabilities(text);
            Map<String, Double> theirs =
                    Arrays.stream(openNlp.predictLanguages(text))
                            .collect(Collectors.toMap(Language::getLang, Language::getConfidence));
            assertThat(theirs).hasSize(labels.length);
            for (int i = 0; i < labels.length; i++) {
                assertThat(ours[i])
                        .as("%s for %s", labels[i], text)
                        .isCloseTo(theirs.get(labels[i]), within(1e-9));
            }
        }
    }

    private static List<String> texts() {
        var texts = new ArrayList<String>();
        for (RawArticle seed : SeedCorpus.builtIn().articles()) {
            texts.add(seed.title());
            texts.add(seed.fullText());
        }
        texts.addAll(
                List.of(
                        "",
                        " ",
                        "Presiden Rusia Vladimir Putin bertemu Donald Trump di Alaska.",
                        "Der Bundeskanzler sprach am Montag in Berlin über die Ukraine.",
                        "Путин и Трамп встретились на Аляске 15 августа 2025 года.",
                        "قال الرئيس الروسي إن المحادثات كانت مفيدة",
                        "习近平会见了来访的外国领导人。",
                        "İSTANBUL'da İstiklal Caddesi — Iğdır, ŞEHİR",
                        "See https://example.org/a?b=c and @newsflow #news 😀😀 123,456.78",
                        "𝐁𝐨𝐥𝐝 𝐭𝐞𝐱𝐭 and 𐐀𐐁 Deseret",
                        "MMMMMMMMMMMMMMMMMMMMMMMMMMMMMMM!!!!!!!! ....."));
        // Random mixes of scripts, digits, punctuation and surrogate pairs.
        var random = new Random(2026_12_03L);
        int[][] ranges = {
            {0x20, 0x7E},
            {0xC0, 0x24F},
            {0x400, 0x4FF},
            {0x600, 0x6FF},
            {0x4E00, 0x4E80},
            {0x1F600, 0x1F64F}
        };
        for (int t = 0; t < 300; t++) {
            var text = new StringBuilder();
            int length = random.nextInt(200);
            for (int i = 0; i < length; i++) {
                int[] range = ranges[random.nextInt(ranges.length)];
                text.appendCodePoint(range[0] + random.nextInt(range[1] - range[0] + 1));
            }
            texts.add(text.toString());
        }
        return texts;
    }
}
