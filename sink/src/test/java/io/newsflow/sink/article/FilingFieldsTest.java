package io.newsflow.sink.article;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.kafka.FilingHeaders;
import java.io.IOException;
import java.util.Random;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class FilingFieldsTest {
    private static final String RECORD =
            "{\"publishedAt\":\"2025-08-19T10:00:00Z\",\"fetchedAt\":\"2025-08-20T01:00:00Z\","
                    + "\"title\":\"Zelenskyy — Moskow, Genève\",\"language\":{\"code\":\"id\"}}";

    @Test
    void withoutHeadersTheFieldsComeFromTheJson() throws IOException {
        assertThat(FilingFields.of(new RecordHeaders(), RECORD.getBytes(UTF_8)))
                .isEqualTo(
                        new FilingFields(
                                "2025-08-19T10:00:00Z", "2025-08-20T01:00:00Z", "id", true));
        assertThat(FilingFields.of(null, "{\n\"a\":1}".getBytes(UTF_8)).singleLine()).isFalse();
    }

    @Test
    void withHeadersTheFieldsComeFromThemAndTheBytesAreOnlyScanned() throws IOException {
        var headers = headers("2024-01-01T00:00:00Z", "", "ms");

        assertThat(FilingFields.of(headers, RECORD.getBytes(UTF_8)))
                .isEqualTo(new FilingFields("2024-01-01T00:00:00Z", null, "ms", true));
        // Multi-byte UTF-8 is not a line break; a raw CR or LF anywhere is.
        assertThat(FilingFields.of(headers, " {\"t\":\"é—\"}\t".getBytes(UTF_8)).singleLine())
                .isTrue();
        assertThat(FilingFields.of(headers, "{\"t\":\"x\"\r}".getBytes(UTF_8)).singleLine())
                .isFalse();
        assertThat(FilingFields.of(headers, "{\"t\":\"x\"}\n".getBytes(UTF_8)).singleLine())
                .isFalse();
    }

    @Test
    void findsALineBreakAtEveryPositionOfEveryLengthAndNothingElse() {
        var random = new Random(7);
        for (int length = 0; length <= 40; length++) {
            for (int trial = 0; trial < 50; trial++) {
                // every byte value but the two line breaks, UTF-8 continuation bytes included
                byte[] bytes = new byte[length];
                for (int i = 0; i < length; i++) {
                    byte b;
                    do {
                        b = (byte) random.nextInt(256);
                    } while (b == '\n' || b == '\r');
                    bytes[i] = b;
                }
                assertThat(FilingFields.hasLineBreak(bytes)).as("length %d", length).isFalse();
                for (int at = 0; at < length; at++) {
                    byte[] withBreak = bytes.clone();
                    withBreak[at] = random.nextBoolean() ? (byte) '\n' : (byte) '\r';
                    assertThat(FilingFields.hasLineBreak(withBreak))
                            .as("length %d, break at %d", length, at)
                            .isTrue();
                }
            }
        }
        // bytes one off the line breaks, and with the high bit set, are not line breaks
        assertThat(
                        FilingFields.hasLineBreak(
                                new byte[] {
                                    0x09,
                                    0x0B,
                                    0x0C,
                                    0x0E,
                                    0x09,
                                    0x0B,
                                    0x0C,
                                    0x0E,
                                    (byte) 0x8A,
                                    (byte) 0x8D
                                }))
                .isFalse();
    }

    @Test
    void aValueThatIsNotAnObjectIsRefusedWithOrWithoutHeaders() {
        for (var headers : new RecordHeaders[] {new RecordHeaders(), headers("", "", "id")}) {
            for (String bad : new String[] {"[1]", "not json", "", "{", "}"}) {
                assertThatThrownBy(() -> FilingFields.of(headers, bad.getBytes(UTF_8)))
                        .as(bad)
                        .isInstanceOf(IOException.class);
            }
        }
    }

    private static RecordHeaders headers(String published, String fetched, String language) {
        var headers = new RecordHeaders();
        headers.add(
                FilingHeaders.FILING,
                (orAbsent(published) + " " + orAbsent(fetched) + " " + orAbsent(language))
                        .getBytes(UTF_8));
        return headers;
    }

    private static String orAbsent(String field) {
        return field.isEmpty() ? "-" : field;
    }
}
