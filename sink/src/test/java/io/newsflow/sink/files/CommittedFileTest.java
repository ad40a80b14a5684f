package io.newsflow.sink.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommittedFileTest {

    @Test
    void namesTopicPartitionOffsetRangeAndPlaceInBatch() {
        var file = new CommittedFile("news.articles.enriched", 3, 100, 250, 2, 3, true);

        assertThat(file.fileName())
                .isEqualTo(
                        "news.articles.enriched+3+00000000000000000100+00000000000000000250+2of3.jsonl.gz");
    }

    @Test
    void parsesItsOwnNamesBack() {
        var plain = new CommittedFile("staging.news.articles.enriched", 0, 0, 0, 1, 1, false);
        var gzip = new CommittedFile("news.articles.enriched", 11, 42, 9_000_000_000L, 3, 4, true);

        assertThat(CommittedFile.parse(plain.fileName())).contains(plain);
        assertThat(CommittedFile.parse(gzip.fileName())).contains(gzip);
    }

    @Test
    void ignoresFilesThatAreNotCommittedFiles() {
        assertThat(CommittedFile.parse("0-5b1c.tmp")).isEmpty();
        assertThat(CommittedFile.parse("_SUCCESS")).isEmpty();
        assertThat(CommittedFile.parse("news+1+5+9+1of1.jsonl")).isEmpty(); // offsets not padded
        assertThat(
                        CommittedFile.parse(
                                "news+1+00000000000000000009+00000000000000000005+1of1.jsonl"))
                .as("end before start")
                .isEmpty();
        assertThat(
                        CommittedFile.parse(
                                "news+1+00000000000000000001+00000000000000000005+3of2.jsonl"))
                .as("index beyond count")
                .isEmpty();
    }

    @Test
    void namesSortByOffset() {
        var names = new ArrayList<String>();
        for (long start : new long[] {1_000, 5, 70}) {
            names.add(new CommittedFile("t", 0, start, start + 1, 1, 1, false).fileName());
        }
        names.sort(null);

        assertThat(names)
                .extracting(n -> CommittedFile.parse(n).orElseThrow().startOffset())
                .isEqualTo(List.of(5L, 70L, 1_000L));
    }

    @Test
    void rejectsImpossibleRanges() {
        assertThatThrownBy(() -> new CommittedFile("t", 0, 10, 9, 1, 1, false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
