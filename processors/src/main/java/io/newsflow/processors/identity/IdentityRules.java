package io.newsflow.processors.identity;

import io.newsflow.model.RawArticle;
import java.util.ArrayList;
import java.util.List;

/** The comparisons behind each decision, as plain functions of signatures and ledger entries. */
public final class IdentityRules {
    public static final String FIRST_SEEN = "first-seen";
    public static final String CANONICAL_URL = "canonical-url";
    public static final String FEED_GUID = "feed-guid";
    public static final String FINGERPRINT = "fingerprint";
    public static final String SIMHASH = "simhash";

    private IdentityRules() {}

    /** Same content: equal fingerprints of the normalized title, summary and content. */
    public static boolean isSameContent(LedgerEntry known, ContentSignature signature) {
        return known.fingerprintKey() == signature.fingerprintKey();
    }

    /** The same article (same id or same feed + GUID) with edited title, summary or content. */
    public static boolean isRevisionOf(LedgerEntry known, ContentSignature signature) {
        return !isSameContent(known, signature);
    }

    /** Near-duplicate text: SimHash distance within the configured threshold. */
    public static boolean isNearDuplicate(
            LedgerEntry known, ContentSignature signature, int maxHammingDistance) {
        return SimHash.distance(known.simhash(), signature.simhash()) <= maxHammingDistance;
    }

    /** The fields whose normalized text differs, in record order. */
    public static List<String> changedFields(LedgerEntry known, ContentSignature signature) {
        var changed = new ArrayList<String>(3);
        if (known.titleHash() != shortHash(signature.titleHash())) {
            changed.add(ContentSignature.TITLE);
        }
        if (known.summaryHash() != shortHash(signature.summaryHash())) {
            changed.add(ContentSignature.SUMMARY);
        }
        if (known.contentHash() != shortHash(signature.contentHash())) {
            changed.add(ContentSignature.CONTENT);
        }
        return changed;
    }

    /**
     * Which signal the article id was derived from (see {@code ArticleIds}), and so which rule
     * matched when the same id comes back.
     */
    public static String idRule(RawArticle article) {
        if (notBlank(article.canonicalUrl())) {
            return CANONICAL_URL;
        }
        if (notBlank(article.guid())) {
            return FEED_GUID;
        }
        return FINGERPRINT;
    }

    /**
     * The GUID index key, or 0 when the GUID is not a separate signal: absent, or already the
     * source of the article id (then the id lookup covers it).
     */
    public static long guidKey(RawArticle article) {
        if (!notBlank(article.canonicalUrl())
                || !notBlank(article.guid())
                || !notBlank(article.feedId())) {
            return 0;
        }
        long key = Hashes.ofString(article.feedId() + "\u0000" + article.guid().strip());
        return key == 0 ? 1 : key;
    }

    static short shortHash(int hash) {
        return (short) (hash ^ (hash >>> 16));
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
