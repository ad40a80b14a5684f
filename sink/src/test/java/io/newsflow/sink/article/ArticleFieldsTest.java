package io.newsflow.sink.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.sink.testing.Articles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleFieldsTest {

    @Test
    void readsTheRoutingAndPartitioningFieldsOfAnEnrichedRecord() throws IOException {
        var article =
                Articles.article(
                        "a1",
                        "id",
                        "antara-dunia",
                        "Antara",
                        Instant.parse("2025-08-19T10:00:00Z"),
                        List.of(Articles.politics(), Articles.economy()),
                        List.of("Q30", "Q159"));

        var fields = ArticleFields.read(Articles.json(article));

        assertThat(fields.feedId()).isEqualTo("antara-dunia");
        assertThat(fields.sourceName()).isEqualTo("Antara");
        assertThat(fields.publishedAt()).isEqualTo("2025-08-19T10:00:00Z");
        assertThat(fields.fetchedAt()).isEqualTo("2025-08-20T01:00:00Z");
        assertThat(fields.languageCode()).isEqualTo("id");
        assertThat(fields.topicCodes()).containsExactly("medtop:11000000", "medtop:04000000");
        assertThat(fields.topicLabels())
                .containsExactly("politics", "economy, business and finance");
        assertThat(fields.entityIds()).containsExactly("Q30", "Q159");
    }

    @Test
    void absentPartsAreNullOrEmpty() throws IOException {
        var fields =
                ArticleFields.read(
                        bytes(
                                "{\"articleId\":\"x\",\"feedId\":\"f\",\"entities\":[{\"name\":\"n\"}]}"));

        assertThat(fields.languageCode()).isNull();
        assertThat(fields.publishedAt()).isNull();
        assertThat(fields.topicCodes()).isEmpty();
        assertThat(fields.entityIds()).isEmpty();
    }

    @Test
    void toleratesUnexpectedShapesAndUnknownFields() throws IOException {
        var fields =
                ArticleFields.read(
                        bytes(
                                "{\"future\":{\"a\":[1,2,{\"b\":null}]},\"language\":\"id\","
                                        + "\"topics\":{\"code\":\"x\"},\"feedId\":7,\"sourceName\":\"S\"}"));

        assertThat(fields.languageCode()).isNull();
        assertThat(fields.topicCodes()).isEmpty();
        assertThat(fields.feedId()).isNull();
        assertThat(fields.sourceName()).isEqualTo("S");
    }

    @Test
    void tellsWhetherTheJsonSpansSeveralLines() throws IOException {
        assertThat(ArticleFields.read(bytes("{\"a\":\"x\\ny\"}")).singleLine()).isTrue();
        assertThat(ArticleFields.read(bytes("{\n  \"a\" : 1\n}")).singleLine()).isFalse();
        assertThat(ArticleFields.read(bytes("{\"a\":1}\r\n")).singleLine()).isFalse();
    }

    @Test
    void rejectsValuesThatAreNotJsonObjects() {
        assertThatThrownBy(() -> ArticleFields.read(bytes("[1,2]")))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> ArticleFields.read(bytes("{\"a\":")))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> ArticleFields.read(bytes("{}{}"))).isInstanceOf(IOException.class);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
