package io.newsflow.processors.identity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * The compact binary form of a {@link LedgerEntry} in a state store, keyed by its 8-byte ref. A
 * usual 32-hex article id costs 8 bytes (its first half is the key); the story id is stored only
 * when it differs from the article's own. Format version 1; a changed layout gets a new version
 * byte so old changelogs still read.
 */
final class LedgerCodec {
    private static final byte VERSION = 1;
    private static final int STORY_DIFFERS = 1;
    private static final int HAS_GUID = 2;
    private static final int FINGERPRINT_INDEXED = 4;
    private static final int HEX_ID = 8;

    private LedgerCodec() {}

    static byte[] key(long ref) {
        return ByteBuffer.allocate(8).putLong(ref).array();
    }

    static byte[] bandKey(int band) {
        return ByteBuffer.allocate(4).putInt(band).array();
    }

    static byte[] ref(long ref) {
        return key(ref);
    }

    static long readRef(byte[] bytes) {
        return ByteBuffer.wrap(bytes).getLong();
    }

    static byte[] encode(LedgerEntry e) {
        boolean hexId = LedgerEntry.isHexId(e.articleId());
        boolean storyDiffers = !e.storyId().equals(e.articleId());
        byte[] id = hexId ? null : utf8(e.articleId());
        byte[] story = storyDiffers ? idBytes(e.storyId()) : null;
        int size =
                2
                        + (hexId ? 8 : 2 + id.length)
                        + (storyDiffers ? story.length : 0)
                        + 4
                        + 8
                        + 8
                        + 6
                        + 4
                        + (e.guidKey() != 0 ? 8 : 0)
                        + 1
                        + 4 * e.bands().length;
        ByteBuffer out = ByteBuffer.allocate(size);
        int flags =
                (storyDiffers ? STORY_DIFFERS : 0)
                        | (e.guidKey() != 0 ? HAS_GUID : 0)
                        | (e.fingerprintIndexed() ? FINGERPRINT_INDEXED : 0)
                        | (hexId ? HEX_ID : 0);
        out.put(VERSION).put((byte) flags);
        if (hexId) {
            out.putLong(HexFormat.fromHexDigitsToLong(e.articleId(), 16, 32));
        } else {
            out.putShort((short) id.length).put(id);
        }
        if (storyDiffers) {
            out.put(story);
        }
        out.putInt(e.revision())
                .putLong(e.fingerprintKey())
                .putLong(e.simhash())
                .putShort(e.titleHash())
                .putShort(e.summaryHash())
                .putShort(e.contentHash())
                .putInt((int) e.lastSeenSecond());
        if (e.guidKey() != 0) {
            out.putLong(e.guidKey());
        }
        out.put((byte) e.bands().length);
        for (int band : e.bands()) {
            out.putInt(band);
        }
        return out.array();
    }

    static LedgerEntry decode(long ref, byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        byte version = in.get();
        if (version != VERSION) {
            throw new IllegalStateException(
                    "identity ledger entry has format version "
                            + version
                            + ", this build reads "
                            + VERSION
                            + ": run the matching newsflow version or reset the identity state");
        }
        int flags = in.get();
        String articleId;
        if ((flags & HEX_ID) != 0) {
            articleId = HexFormat.of().toHexDigits(ref) + HexFormat.of().toHexDigits(in.getLong());
        } else {
            byte[] id = new byte[in.getShort()];
            in.get(id);
            articleId = new String(id, StandardCharsets.UTF_8);
        }
        String storyId = (flags & STORY_DIFFERS) != 0 ? readId(in) : articleId;
        int revision = in.getInt();
        long fingerprint = in.getLong();
        long simhash = in.getLong();
        short title = in.getShort();
        short summary = in.getShort();
        short content = in.getShort();
        long lastSeen = Integer.toUnsignedLong(in.getInt());
        long guid = (flags & HAS_GUID) != 0 ? in.getLong() : 0;
        int[] bands = new int[in.get()];
        for (int i = 0; i < bands.length; i++) {
            bands[i] = in.getInt();
        }
        return new LedgerEntry(
                articleId,
                storyId,
                revision,
                fingerprint,
                simhash,
                title,
                summary,
                content,
                guid,
                (flags & FINGERPRINT_INDEXED) != 0,
                bands,
                lastSeen);
    }

    /** A story id: 16 bytes for the usual hex id (marked by a leading 0), else length + UTF-8. */
    private static byte[] idBytes(String id) {
        if (LedgerEntry.isHexId(id)) {
            byte[] hex = HexFormat.of().parseHex(id);
            ByteBuffer out = ByteBuffer.allocate(17).put((byte) 0).put(hex);
            return out.array();
        }
        byte[] utf8 = utf8(id);
        return ByteBuffer.allocate(3 + utf8.length)
                .put((byte) 1)
                .putShort((short) utf8.length)
                .put(utf8)
                .array();
    }

    private static String readId(ByteBuffer in) {
        if (in.get() == 0) {
            byte[] hex = new byte[16];
            in.get(hex);
            return HexFormat.of().formatHex(hex);
        }
        byte[] utf8 = new byte[in.getShort()];
        in.get(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > Short.MAX_VALUE) {
            throw new IllegalArgumentException("article id longer than 32 KiB");
        }
        return bytes;
    }
}
