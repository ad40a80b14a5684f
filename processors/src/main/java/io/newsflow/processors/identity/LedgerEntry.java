package io.newsflow.processors.identity;

import static java.util.Objects.requireNonNull;

import java.util.HexFormat;

/**
 * What the ledger remembers of one article: its story and revision, the signatures a later article
 * is compared with, the keys it is indexed under (so they can be removed with it), and when it was
 * last seen. Never the text. Index keys that are absent are 0 ({@code guidKey}) or an empty array.
 *
 * @param lastSeenSecond record time in epoch seconds of the last sighting; decisions ignore an
 *     entry older than the window, expiry deletes it
 */
public record LedgerEntry(
        String articleId,
        String storyId,
        int revision,
        long fingerprintKey,
        long simhash,
        short titleHash,
        short summaryHash,
        short contentHash,
        long guidKey,
        boolean fingerprintIndexed,
        int[] bands,
        long lastSeenSecond) {

    public LedgerEntry {
        requireNonNull(articleId, "articleId");
        requireNonNull(storyId, "storyId");
        bands = bands == null ? new int[0] : bands;
    }

    public long ref() {
        return refOf(articleId);
    }

    /** Whether decisions at {@code nowSecond} still see this entry. */
    public boolean isFresh(long nowSecond, long windowSeconds) {
        return lastSeenSecond >= nowSecond - windowSeconds;
    }

    public LedgerEntry seenAt(long second) {
        return new LedgerEntry(
                articleId,
                storyId,
                revision,
                fingerprintKey,
                simhash,
                titleHash,
                summaryHash,
                contentHash,
                guidKey,
                fingerprintIndexed,
                bands,
                Math.max(second, lastSeenSecond));
    }

    /**
     * The 64-bit key of an article in the ledger: the first half of its id when that is the usual
     * 32-hex {@code ArticleIds} hash (so the value stores only the other half), else a hash of it.
     */
    public static long refOf(String articleId) {
        if (isHexId(articleId)) {
            return HexFormat.fromHexDigitsToLong(articleId, 0, 16);
        }
        return Hashes.ofString(articleId);
    }

    static boolean isHexId(String id) {
        if (id.length() != 32) {
            return false;
        }
        for (int i = 0; i < 32; i++) {
            char c = id.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }
}
