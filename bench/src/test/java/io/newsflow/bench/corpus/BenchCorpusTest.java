package io.newsflow.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.newsflow.model.RawArticle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchCorpusTest {
    @Test
    void sameSeedGivesTheSameCorpus() {
        var first = new ArrayList<RawArticle>();
        var second = new ArrayList<RawArticle>();
        new BenchCorpus(7).generate(500, first::add);
        new BenchCorpus(7).generate(500, second::add);

        assertThat(first).isEqualTo(second);
    }

    @Test
    void producesTheKnownSharesOfDuplicatesEditsAndSyndicatedCopies() {
        var mix = new BenchCorpus(42).generate(10_000, a -> {});

        assertThat(mix.total()).isEqualTo(10_000);
        assertThat(mix.duplicates() / 10_000.0).isCloseTo(0.10, within(0.02));
        assertThat(mix.edits() / 10_000.0).isCloseTo(0.10, within(0.02));
        assertThat(mix.syndicated() / 10_000.0).isCloseTo(0.10, within(0.02));
    }

    @Test
    void editsKeepTheIdOfAnEarlierArticleAndOtherKindsGetNewIds() {
        List<RawArticle> articles = new ArrayList<>();
        var mix = new BenchCorpus(42).generate(2_000, articles::add);

        var ids = new HashSet<String>();
        long reused = 0;
        for (RawArticle a : articles) {
            if (!ids.add(a.articleId())) {
                reused++;
            }
        }
        assertThat(reused).isEqualTo(mix.edits());
    }
}
