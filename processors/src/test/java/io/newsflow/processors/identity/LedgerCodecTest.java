package io.newsflow.processors.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LedgerCodecTest {
    private static final String ID = "0123456789abcdef0123456789abcdef";
    private static final String STORY = "fedcba9876543210fedcba9876543210";

    private static LedgerEntry entry(String id, String story, long guid, int[] bands) {
        return new LedgerEntry(
                id,
                story,
                3,
                0x1122334455667788L,
                -42L,
                (short) 1,
                (short) -2,
                (short) 3,
                guid,
                bands.length == 0,
                bands,
                4_000_000_000L);
    }

    private static void assertRoundTrip(LedgerEntry e) {
        LedgerEntry back = LedgerCodec.decode(e.ref(), LedgerCodec.encode(e));
        assertThat(back).usingRecursiveComparison().isEqualTo(e);
    }

    @Test
    void roundTripsEveryShape() {
        assertRoundTrip(entry(ID, ID, 0, new int[0]));
        assertRoundTrip(entry(ID, STORY, 99L, new int[] {1, -1, 7, 8, 9, 10}));
        assertRoundTrip(entry("urn:other:producer/ü", STORY, 5L, new int[] {4}));
        assertRoundTrip(entry(ID, "story-not-hex", 0, new int[] {4}));
    }

    @Test
    void aUsualArticleCostsFewBytes() {
        // 8-byte key + this value: the budget behind "< 200 bytes per remembered article".
        assertThat(LedgerCodec.encode(entry(ID, ID, 99L, new int[6]))).hasSize(73);
        assertThat(LedgerCodec.encode(entry(ID, STORY, 99L, new int[6]))).hasSize(90);
    }
}
