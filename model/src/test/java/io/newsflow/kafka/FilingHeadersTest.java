package io.newsflow.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.Language;
import io.newsflow.model.RawArticle;
import io.newsflow.testing.SampleArticles;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class FilingHeadersTest {

    @Test
    void carryTheValuesTheJsonHolds() throws Exception {
        var article =
                EnrichedArticle.of(SampleArticles.indonesian())
                        .withLanguage(new Language("id", 0.98, List.of()));
        JsonNode json =
                Json.mapper()
                        .readTree(
                                Topics.DEFAULT
                                        .enriched()
                                        .valueSerde()
                                        .serializer()
                                        .serialize("t", article));

        var values = FilingHeaders.read(FilingHeaders.set(new RecordHeaders(), article));

        assertThat(values.publishedAt()).isEqualTo(json.get("publishedAt").asText());
        assertThat(values.fetchedAt()).isEqualTo(json.get("fetchedAt").asText());
        assertThat(values.languageCode()).isEqualTo(json.get("language").get("code").asText());
    }

    @Test
    void absentFieldsReadAsNullAndSettingAgainReplaces() {
        var bare = EnrichedArticle.of(article(null, Instant.parse("2025-08-15T10:05:00Z")));
        var headers = FilingHeaders.set(new RecordHeaders(), bare);
        var values = FilingHeaders.read(headers);
        assertThat(values.publishedAt()).isNull();
        assertThat(values.languageCode()).isNull();
        assertThat(values.fetchedAt()).isEqualTo("2025-08-15T10:05:00Z");

        var later = bare.withArticle(article(null, Instant.parse("2025-08-16T00:00:00Z")));
        FilingHeaders.set(headers, later);
        assertThat(headers.headers(FilingHeaders.FILING)).hasSize(1);
        assertThat(FilingHeaders.read(headers).fetchedAt()).isEqualTo("2025-08-16T00:00:00Z");
    }

    private static RawArticle article(Instant publishedAt, Instant fetchedAt) {
        return RawArticle.builder()
                .feedId("f")
                .url("https://example.org/a")
                .title("t")
                .publishedAt(publishedAt)
                .fetchedAt(fetchedAt)
                .build();
    }

    @Test
    void aRecordMissingAnyOfThemWasNotFiledByTheProcessors() {
        assertThat(FilingHeaders.read(new RecordHeaders())).isNull();
        for (String malformed : new String[] {"", "- -", "a b c d", "2025-08-19T10:00:00Z id"}) {
            var headers = new RecordHeaders();
            headers.add(FilingHeaders.FILING, malformed.getBytes(StandardCharsets.US_ASCII));
            assertThat(FilingHeaders.read(headers)).as(malformed).isNull();
        }
    }

    @Test
    void theHeaderIsLastAndReadsAsSpaceSeparatedFields() {
        var headers = new RecordHeaders();
        headers.add("newsflow.raw.topic", "news.articles.raw".getBytes(StandardCharsets.UTF_8));
        var article =
                EnrichedArticle.of(
                                article(
                                        Instant.parse("2025-08-19T10:00:00Z"),
                                        Instant.parse("2025-08-20T01:02:03Z")))
                        .withLanguage(new Language("id", 0.9, List.of()));

        FilingHeaders.set(headers, article);

        var last = headers.toArray()[headers.toArray().length - 1];
        assertThat(last.key()).isEqualTo(FilingHeaders.FILING);
        assertThat(new String(last.value(), StandardCharsets.US_ASCII))
                .isEqualTo("2025-08-19T10:00:00Z 2025-08-20T01:02:03Z id");
    }

    @Test
    void aLanguageCodeTheHeaderCannotCarryLeavesTheRecordWithoutIt() {
        for (String code : new String[] {"-", "i d", "ид"}) {
            var article =
                    EnrichedArticle.of(article(null, Instant.parse("2025-08-15T10:05:00Z")))
                            .withLanguage(new Language(code, 0.9, List.of()));
            var headers = new RecordHeaders();
            headers.add(FilingHeaders.FILING, "stale".getBytes(StandardCharsets.US_ASCII));

            assertThat(FilingHeaders.read(FilingHeaders.set(headers, article))).as(code).isNull();
            assertThat(headers.lastHeader(FilingHeaders.FILING)).as(code).isNull();
        }
    }
}
