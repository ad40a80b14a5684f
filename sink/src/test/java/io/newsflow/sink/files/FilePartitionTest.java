package io.newsflow.sink.files;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.sink.article.FilingFields;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FilePartitionTest {
    private static final long KAFKA_TIME = 1_700_000_000_000L; // 2023-11-14

    @Test
    void filesByUtcDayOfPublicationAndLanguage() {
        var fields = fields("2025-08-19T23:30:00Z", "2025-08-20T01:00:00Z", "id");

        var partition = FilePartition.of(fields, "published", KAFKA_TIME);

        assertThat(partition.relativePath()).isEqualTo("date=2025-08-19/lang=id");
    }

    @Test
    void fallsBackToFetchTimeThenKafkaTimestamp() {
        assertThat(
                        FilePartition.of(
                                        fields(null, "2025-08-20T01:00:00Z", "en"),
                                        "published",
                                        KAFKA_TIME)
                                .day())
                .isEqualTo(LocalDate.parse("2025-08-20"));
        assertThat(
                        FilePartition.of(fields("not a date", null, "en"), "published", KAFKA_TIME)
                                .day())
                .isEqualTo(LocalDate.parse("2023-11-14"));
    }

    @Test
    void filesByFetchTimeWhenConfigured() {
        var fields = fields("2025-08-19T23:30:00Z", "2025-08-20T01:00:00Z", "ms");

        assertThat(FilePartition.of(fields, "fetched", KAFKA_TIME).relativePath())
                .isEqualTo("date=2025-08-20/lang=ms");
    }

    @Test
    void unknownOrOddLanguagesGoToUnd() {
        assertThat(
                        FilePartition.of(fields("2025-08-19T00:00:00Z", null, null), "published", 0)
                                .lang())
                .isEqualTo("und");
        assertThat(
                        FilePartition.of(
                                        fields("2025-08-19T00:00:00Z", null, "../etc"),
                                        "published",
                                        0)
                                .lang())
                .isEqualTo("und");
        assertThat(
                        FilePartition.of(
                                        fields("2025-08-19T00:00:00Z", null, " ID "),
                                        "published",
                                        0)
                                .lang())
                .isEqualTo("id");
    }

    @Test
    void acceptsExactlyTheLanguageCodesOfTheTagPattern() {
        var pattern = Pattern.compile("[a-z]{2,3}(-[a-z0-9]{1,8})*");
        var random = new Random(11);
        String alphabet = "abz09-A_. ";
        for (int i = 0; i < 100_000; i++) {
            var code = new StringBuilder();
            for (int length = random.nextInt(14); length > 0; length--) {
                code.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(FilePartition.isLanguageCode(code.toString()))
                    .as("'%s'", code)
                    .isEqualTo(pattern.matcher(code).matches());
        }
        assertThat(List.of("id", "ind", "zh-hant", "en-us-x1", "sr-latn-rs"))
                .allMatch(FilePartition::isLanguageCode);
        assertThat(List.of("", "i", "indo", "id-", "id--x", "-id", "id-123456789", "ID"))
                .noneMatch(FilePartition::isLanguageCode);
    }

    @Test
    void takesTheDayOfOtherOffsetsInUtc() {
        assertThat(FilePartition.utcDay("2025-08-20T02:00:00+07:00")).isEqualTo("2025-08-19");
        assertThat(FilePartition.utcDay("2025-08-19T23:59:59.999Z")).isEqualTo("2025-08-19");
        assertThat(FilePartition.utcDay("2025-13-19T10:00:00Z")).isNull();
        assertThat(FilePartition.utcDay("2025-02-30T10:00:00Z")).isNull();
        assertThat(FilePartition.utcDay("2024-02-29T10:00:00Z")).isEqualTo("2024-02-29");
        assertThat(FilePartition.utcDay("yesterday")).isNull();
    }

    private static FilingFields fields(String published, String fetched, String lang) {
        return new FilingFields(published, fetched, lang, true);
    }
}
