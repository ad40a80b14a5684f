package io.newsflow.processors.language;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.config.LanguageConfig;
import io.newsflow.model.Language;
import io.newsflow.model.Language.LanguageScore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Indonesian and Malay news, written for this test in each language's own standard usage. */
class IndonesianMalayTest {
    private static LanguageDetector detector;

    @BeforeAll
    static void load() {
        detector = LanguageDetector.load(LanguageConfig.defaults());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Kuala Lumpur: Kerajaan akan memperuntukkan RM2 bilion bagi membaiki sekolah daif"
                        + " di seluruh negara, kata Perdana Menteri dalam kenyataan semalam."
                        + " Beliau berkata peruntukan itu akan diagihkan kepada semua negeri"
                        + " mengikut keperluan, manakala projek di Sabah dan Sarawak diberi"
                        + " keutamaan kerana bilangan sekolah daif di sana paling tinggi.",
                "Polis menahan tiga lelaki yang dipercayai terlibat dalam kes rompakan di sebuah"
                        + " kedai emas di Johor Bahru pada Isnin lalu. Ketua Polis Daerah"
                        + " memaklumkan bahawa kesemua suspek direman selama tujuh hari bagi"
                        + " membantu siasatan, dan orang ramai yang mempunyai maklumat diminta"
                        + " menghubungi balai polis berhampiran.",
                "Harga minyak sawit mentah meningkat lima peratus minggu ini berbanding minggu"
                        + " lalu, didorong permintaan yang tinggi dari India dan China."
                        + " Penganalisis berkata syarikat perladangan dijangka mencatat"
                        + " keuntungan lebih baik pada suku ketiga, walau bagaimanapun kos"
                        + " tenaga kerja masih menjadi cabaran utama.",
                "Kementerian Kesihatan melaporkan 120 kes baharu jangkitan denggi sepanjang"
                        + " minggu lalu. Menurut kenyataan kementerian, kebanyakan kes"
                        + " dilaporkan di Selangor, dan orang ramai dinasihatkan supaya"
                        + " memusnahkan tempat pembiakan nyamuk di kawasan rumah masing-masing.",
                "Pasukan bola sepak kebangsaan tewas 1-2 kepada Thailand dalam perlawanan"
                        + " persahabatan di Stadium Nasional Bukit Jalil malam tadi. Jurulatih"
                        + " berkata pemain muda menunjukkan prestasi yang memberangsangkan"
                        + " walaupun gol kemenangan lawan dijaringkan pada minit terakhir.",
            })
    void malayNewsIsMalay(String text) {
        Language language = detector.detect(text, null);
        assertThat(language.code()).isEqualTo("ms");
        assertThat(language.confidence()).isGreaterThan(0.8);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Jakarta: Pemerintah akan mengalokasikan anggaran Rp2 triliun untuk memperbaiki"
                        + " sekolah rusak di seluruh Indonesia, kata Menteri Pendidikan dalam"
                        + " keterangan pers, Selasa. Ia mengatakan dana tersebut akan disalurkan"
                        + " ke semua provinsi sesuai kebutuhan, karena jumlah sekolah rusak di"
                        + " Papua dan Nusa Tenggara Timur paling tinggi.",
                "Polisi menangkap tiga pria yang diduga terlibat dalam kasus perampokan toko emas"
                        + " di Surabaya pada Senin lalu. Kapolres mengatakan para tersangka"
                        + " ditahan untuk pemeriksaan lebih lanjut, dan warga yang memiliki"
                        + " informasi diminta menghubungi kantor polisi terdekat.",
                "Harga minyak sawit mentah naik lima persen pekan ini dibandingkan pekan lalu,"
                        + " didorong permintaan yang tinggi dari India dan China. Analis"
                        + " mengatakan perusahaan perkebunan diperkirakan mencatat laba lebih"
                        + " baik pada kuartal ketiga, namun biaya tenaga kerja masih menjadi"
                        + " tantangan utama.",
                "Kementerian Kesehatan melaporkan 120 kasus baru demam berdarah sepanjang pekan"
                        + " lalu. Menurut keterangan kementerian, sebagian besar kasus"
                        + " dilaporkan di Jawa Barat, dan masyarakat diimbau untuk"
                        + " membersihkan tempat berkembang biak nyamuk di lingkungan rumah.",
                "Tim nasional sepak bola kalah 1-2 dari Thailand dalam pertandingan persahabatan"
                        + " di Stadion Utama Gelora Bung Karno tadi malam. Pelatih mengatakan"
                        + " para pemain muda menunjukkan penampilan yang menjanjikan meski gol"
                        + " kemenangan lawan dicetak pada menit terakhir.",
            })
    void indonesianNewsIsIndonesian(String text) {
        Language language = detector.detect(text, null);
        assertThat(language.code()).isEqualTo("id");
        assertThat(language.confidence()).isGreaterThan(0.8);
    }

    @Test
    void aBareHeadlineReportsBothWithHonestConfidence() {
        Language language = detector.detect("Harga minyak naik tajam", null);

        assertThat(language.code()).isIn("id", "ms");
        assertThat(language.confidence()).isLessThan(0.8);
        String other = language.code().equals("id") ? "ms" : "id";
        assertThat(language.alternatives())
                .extracting(LanguageScore::code)
                .first()
                .isEqualTo(other);
        assertThat(language.alternatives().get(0).confidence()).isGreaterThan(0.2);
    }

    @Test
    void aHeadlineWithATellingWordLeansTheRightWay() {
        assertThat(detector.detect("Polis tahan tiga suspek rompakan di Johor", null).code())
                .isEqualTo("ms");
        assertThat(
                        detector.detect(
                                        "Polisi tangkap tiga tersangka perampokan di Surabaya",
                                        null)
                                .code())
                .isEqualTo("id");
    }

    @Test
    void strongMalayTextOverrulesAFeedDeclaringIndonesian() {
        Language language =
                detector.detect(
                        "Polis menahan tiga lelaki yang dipercayai terlibat dalam kes rompakan"
                                + " di sebuah kedai emas pada Isnin lalu. Ketua Polis Daerah"
                                + " memaklumkan bahawa kesemua suspek direman selama tujuh hari.",
                        "id");

        assertThat(language.code()).isEqualTo("ms");
    }

    @Test
    void tellingWordsBeyondTheModelsWindowStillDecide() {
        String opening = "Harga minyak naik tajam pada hari ini di pasar dunia. ".repeat(14);
        String malayLater =
                "Kerajaan berkata kenaikan itu berlaku kerana permintaan tinggi, dan syarikat"
                        + " minyak negara dijangka mencatat keuntungan sebanyak lima peratus.";
        String indonesianLater =
                "Pemerintah mengatakan kenaikan itu terjadi karena permintaan tinggi, dan"
                        + " perusahaan minyak negara diperkirakan mencatat laba lima persen.";
        assertThat(opening.length()).isGreaterThan(LanguageConfig.DEFAULT_MAX_CHARS);

        assertThat(detector.detect(opening + malayLater, null).code()).isEqualTo("ms");
        assertThat(detector.detect(opening + indonesianLater, null).code()).isEqualTo("id");
    }

    @Test
    void lexiconWeighsOnlyTellingWords() {
        var lexicon = IndonesianMalayLexicon.load();

        assertThat(lexicon.malayLogOdds("tidak sudah kepada juga dengan yang")).isZero();
        assertThat(lexicon.malayLogOdds("kerana bahawa peratus")).isPositive();
        assertThat(lexicon.malayLogOdds("karena bahwa persen")).isNegative();
        assertThat(lexicon.malayLogOdds("karena karena karena karena"))
                .isEqualTo(lexicon.malayLogOdds("karena karena"));
    }
}
