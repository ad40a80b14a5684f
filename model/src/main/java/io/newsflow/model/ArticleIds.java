package io.newsflow.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Derives the stable {@code articleId}: a hash of the canonical URL where there is one, else of
 * feed + GUID, else of normalized title + text. The same input always gives the same id.
 */
public final class ArticleIds {
    /** 128 bits: collisions stay negligible far beyond any news archive's size. */
    private static final int ID_BYTES = 16;

    private ArticleIds() {}

    public static String of(
            String canonicalUrl, String feedId, String guid, String title, String text) {
        if (notBlank(canonicalUrl)) {
            return hash("url\u0000" + canonicalUrl);
        }
        if (notBlank(feedId) && notBlank(guid)) {
            return hash("guid\u0000" + feedId + "\u0000" + guid.strip());
        }
        return hash("text\u0000" + normalizeForId(title) + "\u0000" + normalizeForId(text));
    }

    /** Lower-cased NFKC text with all whitespace runs folded, so reformatting keeps the id. */
    static String normalizeForId(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ")
                .strip();
    }

    public static String hash(String input) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256")
                            .digest(input.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, ID_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
