package io.newsflow.ingest.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.kafka.JsonSerde;
import io.newsflow.model.Origin;
import io.newsflow.model.RawArticle;
import io.newsflow.testing.SampleArticles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorporaTest {
    @TempDir Path dir;

    @Test
    void builtInSeedsAreFiveReplayedArticles() {
        var articles = collect(Corpora.forPath(null), new ArrayList<>());

        assertThat(articles)
                .hasSize(5)
                .allSatisfy(a -> assertThat(a.origin()).isEqualTo(Origin.REPLAY));
    }

    @Test
    void textDirectoryTakesFirstLineAsTitleAndGivesStableIds() throws Exception {
        Path corpus = Files.createDirectory(dir.resolve("arsip"));
        Files.writeString(corpus.resolve("b.txt"), "\n  Judul kedua\nIsi kedua.\n");
        Files.writeString(corpus.resolve("a.txt"), "Judul pertama\n\nIsi pertama.");
        Files.writeString(corpus.resolve("notes.md"), "ignored");

        var first = collect(Corpora.forPath(corpus), new ArrayList<>());
        var again = collect(Corpora.forPath(corpus), new ArrayList<>());

        assertThat(first)
                .extracting(RawArticle::title)
                .containsExactly("Judul pertama", "Judul kedua");
        assertThat(first.get(0).content()).isEqualTo("Isi pertama.");
        assertThat(first.get(0).feedId()).isEqualTo("replay:arsip");
        assertThat(again).isEqualTo(first);
    }

    @Test
    void textFileInAnotherEncodingIsRejectedNotMangled() throws Exception {
        Path corpus = Files.createDirectory(dir.resolve("latin"));
        Files.write(
                corpus.resolve("x.txt"), "Caf\u00e9 news".getBytes(StandardCharsets.ISO_8859_1));
        var rejects = new ArrayList<Corpus.Rejected>();

        var articles = collect(Corpora.forPath(corpus), rejects);

        assertThat(articles).isEmpty();
        assertThat(rejects)
                .singleElement()
                .satisfies(r -> assertThat(r.reason()).contains("UTF-8"));
    }

    @Test
    void jsonLinesRejectsBadLinesByNumberAndKeepsTheRest() throws Exception {
        String good =
                new String(
                        new JsonSerde<>(RawArticle.class)
                                .serialize("t", SampleArticles.indonesian()),
                        StandardCharsets.UTF_8);
        Path file = dir.resolve("backfill.jsonl");
        Files.writeString(file, good + "\n\n{broken\n" + good + "\n");
        var rejects = new ArrayList<Corpus.Rejected>();

        var articles = collect(Corpora.forPath(file), rejects);

        assertThat(articles).hasSize(2).containsOnly(SampleArticles.indonesian());
        assertThat(rejects).singleElement().satisfies(r -> assertThat(r.position()).endsWith(":3"));
    }

    @Test
    void missingPathIsAClearError() {
        assertThatThrownBy(() -> Corpora.forPath(dir.resolve("nope.jsonl")))
                .hasMessageContaining("no corpus at");
    }

    private static List<RawArticle> collect(Corpus corpus, List<Corpus.Rejected> rejects) {
        var out = new ArrayList<RawArticle>();
        corpus.forEach(out::add, rejects::add);
        return out;
    }
}
