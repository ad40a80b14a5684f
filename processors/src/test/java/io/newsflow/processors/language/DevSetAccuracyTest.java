package io.newsflow.processors.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsflow.config.LanguageConfig;
import io.newsflow.processors.language.eval.AccuracyReport;
import io.newsflow.processors.language.eval.LabeledText.Length;
import io.newsflow.processors.language.eval.LangidDevSets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Accuracy on the langid-dev sets beside the repository ({@code ../shared/data/langid-dev});
 * skipped where they are absent. Prints the per-language report; fails only on a clear regression.
 */
class DevSetAccuracyTest {

    @Test
    void defaultLanguagesAreRecognizedInParagraphsAndMostSentences() {
        Optional<Path> dir = LangidDevSets.locate();
        assumeTrue(dir.isPresent(), "langid-dev not found beside the repository; skipping");
        var detector = LanguageDetector.load(LanguageConfig.defaults());

        // Every third item keeps the test to seconds; the benchmark measures them all.
        var all = LangidDevSets.load(dir.get());
        var sample = IntStream.range(0, all.size()).filter(i -> i % 3 == 0).mapToObj(all::get);
        var report = AccuracyReport.measure(detector, sample.toList());

        System.out.println(
                "langid-dev accuracy (every third item), default languages\n" + report.format());
        assertThat(report.length(Length.PARAGRAPH).total()).isGreaterThan(1000);
        assertThat(report.length(Length.PARAGRAPH).accuracy()).isGreaterThan(0.98);
        assertThat(report.length(Length.SENTENCE).accuracy()).isGreaterThan(0.80);
    }

    @Test
    void findsTheDevSetsBesideAParentDirectory(@TempDir Path root) throws IOException {
        Path devSets = Files.createDirectories(root.resolve(LangidDevSets.DIR));
        Files.writeString(
                devSets.resolve("wordpress-translations.tsv"),
                "id\tSitus Anda telah aktif dan Anda dapat masuk sekarang.\n");
        Path workingDir = Files.createDirectories(root.resolve("repo/processors"));

        assertThat(LangidDevSets.locate(workingDir)).contains(devSets);
        assertThat(LangidDevSets.load(devSets))
                .singleElement()
                .satisfies(item -> assertThat(item.language()).isEqualTo("id"));
    }
}
