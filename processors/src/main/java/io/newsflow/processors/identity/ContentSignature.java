package io.newsflow.processors.identity;

import io.newsflow.model.RawArticle;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What the ledger compares of an article's text: the exact fingerprint of its normalized title,
 * summary and content, a 32-bit hash per field (to name what a revision changed), the SimHash of
 * title + body, and the MinHash band keys (none when the text is too short to judge similarity).
 *
 * @param fingerprint 128-bit hex of the normalized token sequence; equal for texts that differ only
 *     in case, spacing, punctuation or Unicode form
 * @param bands empty when the text has fewer than {@code minTokens} words
 */
public record ContentSignature(
        String fingerprint,
        long fingerprintKey,
        int titleHash,
        int summaryHash,
        int contentHash,
        long simhash,
        int[] bands,
        int tokenCount) {

    /** Fields compared to name what changed in a revision, in record order. */
    static final String TITLE = "title";

    static final String SUMMARY = "summary";
    static final String CONTENT = "content";

    public static ContentSignature of(RawArticle article, int bands, int rows, int minTokens) {
        long[] title = Tokens.of(article.title());
        long[] summary = Tokens.of(article.summary());
        long[] content = Tokens.of(article.content());
        byte[] digest = digest(title, summary, content);
        long[] body = content.length > 0 ? content : summary;
        long[] text = new long[title.length + body.length];
        System.arraycopy(title, 0, text, 0, title.length);
        System.arraycopy(body, 0, text, title.length, body.length);
        long[] shingles = Shingles.of(text);
        return new ContentSignature(
                HexFormat.of().formatHex(digest, 0, 16),
                ByteBuffer.wrap(digest).getLong(),
                fieldHash(title),
                fieldHash(summary),
                fieldHash(content),
                SimHash.of(shingles),
                text.length >= minTokens ? MinHashBands.of(shingles, bands, rows) : new int[0],
                text.length);
    }

    public boolean judgesSimilarity() {
        return bands.length > 0;
    }

    private static int fieldHash(long[] tokens) {
        long h = Hashes.ofSequence(tokens, 0, tokens.length);
        return (int) (h ^ (h >>> 32));
    }

    private static byte[] digest(long[]... fields) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
        for (long[] field : fields) {
            ByteBuffer buffer = ByteBuffer.allocate(8 * field.length + 8);
            for (long token : field) {
                buffer.putLong(token);
            }
            buffer.putLong(field.length); // field separator: moving a word across fields counts
            sha.update(buffer.array());
        }
        return sha.digest();
    }
}
