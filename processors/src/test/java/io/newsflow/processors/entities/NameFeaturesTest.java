package io.newsflow.processors.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.model.RawArticle;
import io.newsflow.seeds.SeedCorpus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * newsflow makes the name finder's features itself ({@link NameFeatures}); they must be OpenNLP's
 * own, string for string and in order, and the spans found must be {@link NameFinderME}'s.
 */
class NameFeaturesTest {
    private static final String[][] NO_CONTEXT = new String[0][0];
    private static TokenNameFinderModel model;

    @BeforeAll
    static void loadModel() throws IOException {
        try (var in = EntityResources.open(EntityResources.NER_MODEL_ID)) {
            model = new TokenNameFinderModel(in);
        }
    }

    @Test
    void theShippedModelWasTrainedWithTheFeaturesNameFeaturesMakes() {
        assertThat(NameFinder.hasKnownFeatures(model)).isTrue();
    }

    @Test
    void makesOpenNlpsFeaturesForEveryTokenOfTheSeedsAndOfRandomSentences() {
        NameContextGenerator openNlp = model.getFactory().createContextGenerator();
        var ours = new NameFeatures();
        String[] outcomes = model.getNameFinderSequenceModel().getOutcomes();
        var random = new Random(2026_12_03L);
        for (String[] words : sentences(random)) {
            String[] preds = new String[words.length];
            for (int i = 0; i < preds.length; i++) {
                preds[i] = outcomes[random.nextInt(outcomes.length)];
            }
            for (int i = 0; i < words.length; i++) {
                String[] prior = Arrays.copyOf(preds, i);
                assertThat(ours.getContext(i, words, prior, NO_CONTEXT))
                        .as("token %d of %s", i, Arrays.toString(words))
                        .containsExactly(openNlp.getContext(i, words, prior, NO_CONTEXT));
                assertThat(ours.getContext(i, words, null, NO_CONTEXT))
                        .containsExactly(openNlp.getContext(i, words, null, NO_CONTEXT));
            }
        }
    }

    @Test
    void findsTheSpansNameFinderMeFindsOnTheDevSetAndTheSeeds() throws IOException {
        var ours = new NameFinder(model, "test");
        var openNlp = new NameFinderME(model);
        List<String[]> sentences = new ArrayList<>(sentences(new Random(7)));
        var dev = DevSetScoreTest.devSet();
        if (dev != null) {
            for (NameSample sample : ConllCorpus.read(dev)) {
                sentences.add(sample.getSentence());
            }
        }
        int found = 0;
        for (String[] words : sentences) {
            var expected = openNlp.find(words);
            assertThat(ours.spans(words.clone()))
                    .as(Arrays.toString(words))
                    .containsExactly(expected);
            found += expected.length;
        }
        assertThat(found).as("names found, so the comparison compared something").isPositive();
    }

    /** The seeds' sentences as the tagger tokenizes them, then random mixes of token shapes. */
    private static List<String[]> sentences(Random random) {
        var sentences = new ArrayList<String[]>();
        for (RawArticle seed : SeedCorpus.builtIn().articles()) {
            for (List<Token> sentence : Tokens.sentences(seed.fullText())) {
                sentences.add(sentence.stream().map(Token::text).toArray(String[]::new));
            }
        }
        String[] shapes = {
            "Presiden", "Joko", "bertemu", "AS", "NATO", "15", "2025", "1.5", "3,000", "12-08",
            "BBC-Indonesia", "e-mail", "iPhone", "Ğ", "İstanbul", "Ülkesi", ",", ".", "\"", "(",
            "Rp5", "a", "X", "x2", "ŞEHİR", "Москва", "习近平", "'s", "-", "—"
        };
        for (int s = 0; s < 300; s++) {
            String[] words = new String[1 + random.nextInt(12)];
            for (int i = 0; i < words.length; i++) {
                words[i] = shapes[random.nextInt(shapes.length)];
            }
            sentences.add(words);
        }
        return sentences;
    }
}
