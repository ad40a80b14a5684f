package io.newsflow.processors.language;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.model.Language;
import io.newsflow.model.Language.LanguageScore;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The evidence arithmetic on made-up model outputs, without the model. */
class EvidenceCombinerTest {
    private final EvidenceCombiner combiner = new EvidenceCombiner(8.0, 0.25);

    @Test
    void declaredLanguageDecidesACloseCall() {
        var close = Map.of("en", 0.030, "nl", 0.028, "de", 0.020);

        assertThat(combiner.combine(close, 500, Optional.empty(), 0).code()).isEqualTo("en");
        assertThat(combiner.combine(close, 500, Optional.of("nl"), 0).code()).isEqualTo("nl");
    }

    @Test
    void clearTextEvidenceOverrulesTheDeclaredLanguage() {
        var clear = Map.of("id", 0.30, "en", 0.01, "ms", 0.05);

        Language language = combiner.combine(clear, 600, Optional.of("en"), 0);

        assertThat(language.code()).isEqualTo("id");
    }

    @Test
    void lexicalEvidenceMovesOnlyTheIndonesianMalaySplit() {
        var scores = Map.of("id", 0.20, "ms", 0.18, "en", 0.05);

        Language neutral = combiner.combine(scores, 300, Optional.empty(), 0);
        Language malay = combiner.combine(scores, 300, Optional.empty(), 4.0);

        assertThat(malay.code()).isEqualTo("ms");
        assertThat(malay.confidence() + share(malay, "id"))
                .isCloseTo(neutral.confidence() + share(neutral, "ms"), within());
        assertThat(share(malay, "en")).isCloseTo(share(neutral, "en"), within());
    }

    @Test
    void weakEvidenceIsUndeterminedButKeepsItsCandidates() {
        var flat = Map.of("en", 0.0100, "nl", 0.0099, "de", 0.0098, "sv", 0.0097, "da", 0.0096);

        Language language = combiner.combine(flat, 3000, Optional.empty(), 0);

        assertThat(language.code()).isEqualTo("und");
        assertThat(language.isKnown()).isFalse();
        assertThat(language.alternatives()).extracting(LanguageScore::code).contains("en", "nl");
    }

    @Test
    void neverClaimsCertainty() {
        var overwhelming = Map.of("de", 0.9, "en", 1e-12);

        assertThat(combiner.combine(overwhelming, 600, Optional.of("de"), 0).confidence())
                .isLessThan(1.0);
    }

    @Test
    void noScoresMeansUnknown() {
        assertThat(combiner.combine(Map.of(), 100, Optional.of("en"), 0))
                .isEqualTo(Language.UNKNOWN);
    }

    private static double share(Language language, String code) {
        if (language.code().equals(code)) {
            return language.confidence();
        }
        return language.alternatives().stream()
                .filter(s -> s.code().equals(code))
                .mapToDouble(LanguageScore::confidence)
                .findFirst()
                .orElse(0.0);
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(0.001);
    }
}
