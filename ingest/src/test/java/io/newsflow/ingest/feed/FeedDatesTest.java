package io.newsflow.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FeedDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            Mon, 12 May 2025 10:00:00 GMT          | 2025-05-12T10:00:00Z | false
            2025-05-12T17:00:00+07:00              | 2025-05-12T10:00:00Z | false
            2025-05-12T10:00:00Z                   | 2025-05-12T10:00:00Z | false
            Tue, 12 May 2025 10:00:00 GMT+0000     | 2025-05-12T10:00:00Z | true
            Tue, 12 May 2025 17:00:00 GMT+07:00    | 2025-05-12T10:00:00Z | true
            12 May 2025 10:00:00 +0000             | 2025-05-12T10:00:00Z | false
            Tue, 12 May 25 10:00:00 UT             | 2025-05-12T10:00:00Z | true
            Tue, 12 May 2025 06:00:00 EDT          | 2025-05-12T10:00:00Z | true
            2025-05-12T10:00:00                    | 2025-05-12T10:00:00Z | true
            2025-05-12 10:00:00                    | 2025-05-12T10:00:00Z | true
            2025-05-12T10:00:00.123456             | 2025-05-12T10:00:00.123456Z | true
            Selasa, 12 Mei 2025 17:00 WIB          | 2025-05-12T10:00:00Z | true
            Senin, 18 Agustus 2025 18:30:00 WITA   | 2025-08-18T10:30:00Z | true
            Rabu, 24 Desember 2025 19:00:00 WIT    | 2025-12-24T10:00:00Z | true
            12 Mei 2025 17.00 WIB                  | 2025-05-12T10:00:00Z | true
            Jumat, 3 Oktober 2025 pukul 08:15 WIB  | 2025-10-03T01:15:00Z | true
            Kamis, 06 Nop 2025 07:00:00 +0700      | 2025-11-06T00:00:00Z | true
            Sabtu, 01 Agt 2025 10:00:00 WIB        | 2025-08-01T03:00:00Z | true
            12/05/2025 17:00 WIB                   | 2025-05-12T10:00:00Z | true
            Monday, May 12 2025 10:00:00 GMT       | 2025-05-12T10:00:00Z | true
            12 Januari 2025                        | 2025-01-12T00:00:00Z | true
            2025-05-12                             | 2025-05-12T00:00:00Z | true
            """)
    void readsDatesFeedsActuallyContain(String raw, String expected, boolean fallback) {
        var parsed = FeedDates.parse(raw);

        assertThat(parsed).as(raw).isPresent();
        assertThat(parsed.get().instant()).isEqualTo(Instant.parse(expected));
        assertThat(parsed.get().fallback()).isEqualTo(fallback);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "yesterday", "kemarin sore", "32 Mei 2025 10:00 WIB", "n/a"})
    void leavesUnreadableDatesEmpty(String raw) {
        assertThat(FeedDates.parse(raw)).isEmpty();
    }
}
