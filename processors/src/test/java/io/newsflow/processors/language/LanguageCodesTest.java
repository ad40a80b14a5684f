package io.newsflow.processors.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageCodesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "id, id",
        "id-ID, id",
        "ID_id, id",
        "ind, id",
        "in, id",
        "ms, ms",
        "ms-MY, ms",
        "zsm, ms",
        "zlm, ms",
        "msa, ms",
        "may, ms",
        "cmn, zh",
        "zh-CN, zh",
        "zh-Hant-TW, zh",
        "zho, zh",
        "chi, zh",
        "iw, he",
        "heb, he",
        "en-US, en",
        "' EN-gb ', en",
        "eng, en",
        "ger, de",
        "deu, de",
        "pes, fa",
        "fas, fa",
        "ekk, et",
        "lvs, lv",
        "nob, nb",
        "no, nb",
        "nno, nn",
        "plt, mg",
        "fil, tl",
        "tgl, tl",
        "ceb, ceb",
        "min, min",
        "jav, jv",
        "sun, su",
    })
    void normalizesEverySourceToOneCode(String raw, String expected) {
        assertThat(LanguageCodes.normalize(raw)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "und", "mul", "zxx", "x", "english", "12", "e1", "-"})
    void rejectsWhatIsNoLanguage(String raw) {
        assertThat(LanguageCodes.normalize(raw)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void nullIsNoLanguage() {
        assertThat(LanguageCodes.normalize(null)).isEmpty();
        assertThat(LanguageCodes.normalizeOrUnd(null)).isEqualTo("und");
    }
}
