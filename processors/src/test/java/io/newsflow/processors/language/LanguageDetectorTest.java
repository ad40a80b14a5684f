package io.newsflow.processors.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.config.LanguageConfig;
import io.newsflow.model.Language;
import io.newsflow.model.Language.LanguageScore;
import io.newsflow.model.RawArticle;
import io.newsflow.seeds.SeedCorpus;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageDetectorTest {
    private static LanguageDetector detector;

    @BeforeAll
    static void load() {
        detector = LanguageDetector.load(LanguageConfig.defaults());
    }

    @Test
    void defaultAllowListCoversNewsLanguagesButNotIndonesiasNeighbours() {
        assertThat(detector.languages())
                .hasSizeGreaterThanOrEqualTo(75)
                .contains("en", "id", "ms", "zh", "ar", "es", "fr", "de", "ru", "ja", "hi", "tl")
                .doesNotContain("su", "jv", "min", "war", "ceb");
    }

    @Test
    void theFiveSeedsAreIndonesian() {
        var seeds = SeedCorpus.builtIn().articles();
        assertThat(seeds).hasSize(5);
        for (RawArticle seed : seeds) {
            Language withHint = detector.detect(seed);
            Language textAlone = detector.detect(seed.fullText(), null);
            assertThat(withHint.code()).as(seed.title()).isEqualTo("id");
            assertThat(withHint.confidence()).as(seed.title()).isGreaterThan(0.9);
            assertThat(textAlone.code()).as(seed.title()).isEqualTo("id");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "en | The central bank raised interest rates on Thursday, saying inflation"
                        + " remained too high and that further increases could follow.",
                "de | Die Regierung hat am Mittwoch ein neues Gesetz beschlossen, das die Mieten"
                        + " in großen Städten begrenzen soll.",
                "fr | Le gouvernement a annoncé mercredi une nouvelle loi destinée à limiter la"
                        + " hausse des loyers dans les grandes villes.",
                "es | El gobierno anunció el miércoles una nueva ley para limitar el aumento de"
                        + " los alquileres en las grandes ciudades.",
                "pt | O governo anunciou na quarta-feira uma nova lei para limitar o aumento dos"
                        + " aluguéis nas grandes cidades.",
                "it | Il governo ha annunciato mercoledì una nuova legge per limitare l'aumento"
                        + " degli affitti nelle grandi città.",
                "nl | De regering heeft woensdag een nieuwe wet aangekondigd om de stijging van"
                        + " de huren in grote steden te beperken.",
                "ru | Правительство в среду объявило о новом законе, который должен ограничить"
                        + " рост арендной платы в крупных городах.",
                "uk | Уряд у середу оголосив про новий закон, який має обмежити зростання"
                        + " орендної плати у великих містах.",
                "ar | أعلنت الحكومة يوم الأربعاء عن قانون جديد للحد من ارتفاع الإيجارات في المدن"
                        + " الكبرى.",
                "zh | 政府周三宣布了一项新法律，旨在限制大城市租金的上涨。",
                "ja | 政府は水曜日、大都市の家賃の上昇を抑えるための新しい法律を発表した。",
                "ko | 정부는 수요일 대도시의 임대료 상승을 제한하기 위한 새로운 법안을 발표했다.",
                "hi | सरकार ने बुधवार को बड़े शहरों में किराए में बढ़ोतरी को सीमित करने के लिए एक नया"
                        + " कानून घोषित किया।",
                "tr | Hükümet çarşamba günü büyük şehirlerde kiraların artışını sınırlamak için"
                        + " yeni bir yasa açıkladı.",
                "vi | Chính phủ hôm thứ Tư đã công bố một đạo luật mới nhằm hạn chế việc tăng"
                        + " giá thuê nhà ở các thành phố lớn.",
                "pl | Rząd ogłosił w środę nową ustawę, która ma ograniczyć wzrost czynszów w"
                        + " dużych miastach.",
                "sv | Regeringen presenterade på onsdagen en ny lag som ska begränsa"
                        + " hyreshöjningarna i storstäderna.",
                "tl | Inihayag ng pamahalaan noong Miyerkules ang isang bagong batas upang"
                        + " limitahan ang pagtaas ng upa sa malalaking lungsod.",
                "sw | Serikali ilitangaza Jumatano sheria mpya ya kudhibiti kupanda kwa kodi ya"
                        + " nyumba katika miji mikubwa.",
            })
    void recognizesNewsSentencesInManyLanguages(String expected, String text) {
        Language language = detector.detect(text, null);
        assertThat(language.code()).isEqualTo(expected);
        assertThat(language.confidence()).isGreaterThan(0.5);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "   ",
                "12345 678,90",
                "2026-11-22 04:30",
                "!!! ??? ...",
                "OK",
                "https://x.io"
            })
    void saysUndeterminedWithoutEnoughEvidence(String text) {
        assertThat(detector.detect(text, "en")).isEqualTo(Language.UNKNOWN);
    }

    @Test
    void neverPresentsAGuessAsCertainOnAScrapOfText() {
        Language language = detector.detect("Hello", null);
        assertThat(language.confidence()).isLessThan(0.9);
    }

    @Test
    void strongIndonesianTextOverrulesAFeedDeclaringEnglish() {
        var article = SeedCorpus.builtIn().articles().get(0);

        Language language = detector.detect(article.fullText(), "en-US");

        assertThat(language.code()).isEqualTo("id");
        assertThat(language.confidence()).isGreaterThan(0.9);
    }

    @Test
    void strongEnglishTextOverrulesAFeedDeclaringIndonesian() {
        Language language =
                detector.detect(
                        "The president said on Tuesday that the government would send more aid"
                                + " to the flooded provinces and asked parliament to approve an"
                                + " emergency budget before the end of the month.",
                        "id");

        assertThat(language.code()).isEqualTo("en");
    }

    @Test
    void declaredLanguageDecidesWhatAHeadlineCannot() {
        String headline = "Harga minyak naik tajam";

        Language asIndonesian = detector.detect(headline, "id-ID");
        Language asMalay = detector.detect(headline, "ms-MY");

        assertThat(asIndonesian.code()).isEqualTo("id");
        assertThat(asMalay.code()).isEqualTo("ms");
        assertThat(asIndonesian.confidence()).isGreaterThan(0.8);
    }

    @Test
    void declaredLanguageOutsideTheAllowListIsIgnored() {
        Language language =
                detector.detect("The government announced a new law on Wednesday.", "xx");

        assertThat(language.code()).isEqualTo("en");
    }

    @Test
    void alternativesAreRankedAndBelowTheAnswer() {
        Language language = detector.detect("Harga minyak naik tajam", null);

        assertThat(language.alternatives()).isNotEmpty();
        List<Double> confidences =
                language.alternatives().stream().map(LanguageScore::confidence).toList();
        assertThat(confidences).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(confidences.get(0)).isLessThanOrEqualTo(language.confidence());
    }

    @Test
    void allowListRestrictsTheAnswers() {
        var englishOrGerman = LanguageDetector.load(LanguageConfig.allowing(List.of("en", "deu")));

        Language language = englishOrGerman.detect("El gobierno anunció una nueva ley.", null);

        assertThat(englishOrGerman.languages()).containsExactly("de", "en");
        assertThat(language.code()).isIn("en", "de", "und");
    }

    @Test
    void refusesAnAllowListWithLanguagesTheModelCannotDetect() {
        assertThatThrownBy(
                        () -> LanguageDetector.load(LanguageConfig.allowing(List.of("en", "xq"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("xq");
    }

    @Test
    void readsOnlyTheConfiguredNumberOfCharacters() {
        String longText = "kata ".repeat(10_000);

        DetectionText text = DetectionText.of(longText, 1000);

        assertThat(text.text().length()).isLessThanOrEqualTo(1000).isGreaterThan(900);
    }
}
