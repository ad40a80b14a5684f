package io.newsflow.processors.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.config.ConfigException;
import io.newsflow.config.ConfigLoader;
import io.newsflow.config.LanguageConfig;
import io.newsflow.model.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The language part of the YAML configuration, as users write it, reaching the detector. */
class LanguageConfigBindingTest {
    private final ConfigLoader loader = new ConfigLoader(Map.<String, String>of()::get);

    @Test
    void bindsAllowListAndNumbersFromYaml() {
        var config =
                loader.parse(
                                """
                                language:
                                  languages: [en, id, ms]
                                  maxChars: 400
                                  hintBoost: 4
                                  minConfidence: 0.5
                                  minLetters: 5
                                """,
                                "test.yaml")
                        .language();

        assertThat(config.languages()).containsExactly("en", "id", "ms");
        assertThat(config.maxChars()).isEqualTo(400);
        assertThat(config.hintBoost()).isEqualTo(4.0);
        assertThat(config.minConfidence()).isEqualTo(0.5);
        assertThat(config.minLetters()).isEqualTo(5);
        assertThat(LanguageDetector.load(config).languages()).containsExactly("en", "id", "ms");
    }

    @Test
    void missingLanguagePartMeansDefaults() {
        var config = loader.parse("kafka: {}\n", "test.yaml").language();

        assertThat(config).isEqualTo(LanguageConfig.defaults());
        assertThat(config.maxChars()).isEqualTo(LanguageConfig.DEFAULT_MAX_CHARS);
    }

    @Test
    void reportsEveryBadValueAtOnce() {
        assertThatThrownBy(
                        () ->
                                loader.parse(
                                        """
                                        language:
                                          languages: [English]
                                          maxChars: 5
                                          minConfidence: 1.5
                                        """,
                                        "test.yaml"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("language.languages")
                .hasMessageContaining("language.maxChars")
                .hasMessageContaining("language.minConfidence");
    }

    @Test
    void oneDetectorServesManyThreadsWithTheSameAnswers() throws Exception {
        var detector = LanguageDetector.load(LanguageConfig.defaults());
        List<String> texts =
                List.of(
                        "The government announced a new law on Wednesday to cap rents.",
                        "Die Regierung hat am Mittwoch ein neues Gesetz beschlossen.",
                        "Pemerintah mengumumkan undang-undang baru pada hari Rabu karena harga"
                                + " sewa naik.",
                        "Kerajaan mengumumkan undang-undang baharu pada hari Rabu kerana sewa"
                                + " meningkat.",
                        "Le gouvernement a annoncé mercredi une nouvelle loi.");
        List<Language> sequential = texts.stream().map(t -> detector.detect(t, null)).toList();

        var pool = Executors.newFixedThreadPool(4);
        try {
            var tasks = new ArrayList<Callable<List<Language>>>();
            for (int i = 0; i < 8; i++) {
                tasks.add(
                        () -> {
                            List<Language> last = null;
                            for (int round = 0; round < 10; round++) {
                                last = texts.stream().map(t -> detector.detect(t, null)).toList();
                            }
                            return last;
                        });
            }
            for (Future<List<Language>> result : pool.invokeAll(tasks)) {
                assertThat(result.get()).isEqualTo(sequential);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
