package io.newsflow.ingest.poll;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.kafka.JsonSerde;
import io.newsflow.model.RawArticle;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OversizedItemsTest {
    private static final JsonSerde<RawArticle> JSON = new JsonSerde<>(RawArticle.class);

    private static RawArticle article(String summary, String content) {
        return RawArticle.builder()
                .feedId("f")
                .guid("g")
                .title("judul")
                .summary(summary)
                .content(content)
                .build();
    }

    @Test
    void anItemThatFitsIsLeftAsItIs() {
        RawArticle small = article("ringkas", "isi");

        var fitted = OversizedItems.fit(small, 10_000);

        assertThat(fitted.article()).isSameAs(small);
        assertThat(fitted.wasCut()).isFalse();
    }

    @Test
    void cutsTheContentFirstAndKeepsTheSummary() {
        // quotes and a control char grow when escaped; "é" and "😀" are two and four bytes
        String content = "é😀\"\u0001 kata ".repeat(20_000);

        var fitted = OversizedItems.fit(article("ringkas", content), 50_000);

        assertThat(fitted.wasCut()).isTrue();
        assertThat(JSON.serialize(null, fitted.article()).length)
                .isLessThanOrEqualTo(50_000)
                .isEqualTo(fitted.cutTo());
        assertThat(content).startsWith(fitted.article().content());
        assertThat(fitted.article().content()).isNotEmpty();
        assertThat(fitted.article().summary()).isEqualTo("ringkas");
    }

    @Test
    void cutsTheSummaryWhenThereIsNoContent() {
        String summary = "ringkasan panjang ".repeat(10_000);

        var fitted = OversizedItems.fit(article(summary, null), 20_000);

        assertThat(JSON.serialize(null, fitted.article()).length).isLessThanOrEqualTo(20_000);
        assertThat(summary).startsWith(fitted.article().summary());
        assertThat(fitted.article().content()).isNull();
    }

    @Test
    void cutsAtWholeCodePoints() {
        assertThat(OversizedItems.cut("a😀b", 4)).isEqualTo("a");
        assertThat(OversizedItems.cut("a😀b", 5)).isEqualTo("a😀");
        assertThat(OversizedItems.cut("éé", 3)).isEqualTo("é");
        assertThat(OversizedItems.cut("abc", 0)).isEmpty();
        assertThat(OversizedItems.cut(null, 5)).isNull();
        String cut = OversizedItems.cut("é😀".repeat(1000), 1001);
        assertThat(cut.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(1001);
    }
}
