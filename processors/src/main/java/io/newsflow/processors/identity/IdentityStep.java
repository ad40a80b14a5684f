package io.newsflow.processors.identity;

import io.newsflow.config.IdentityConfig;
import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.Identity;
import io.newsflow.model.IdentityEvent;
import io.newsflow.model.IdentityStatus;
import io.newsflow.model.RawArticle;
import io.newsflow.processors.Envelope;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The identity step: decides NEW, DUPLICATE_OF, UPDATED or SYNDICATED_COPY for each article from
 * the signals strongest first — article id (canonical URL, else feed + GUID, else text), feed +
 * GUID under a changed URL, exact fingerprint, SimHash near-duplicate among MinHash-band candidates
 * — and remembers the article in its {@link IdentityLedger}.
 *
 * <p>Time is the ledger's clock — the latest record timestamp seen, never the wall clock — and an
 * entry last seen more than a window before it is ignored whether or not expiry has deleted it yet,
 * so a replay or a restarted task makes the same decisions. Same code in the topology ({@link
 * IdentityProcessor}, ledger in state stores) and in {@code newsflow enrich} ({@link
 * IdentityLedger#inMemory()}). Not thread-safe: one instance per stream task.
 */
public final class IdentityStep {
    public static final String NAME = "identify";

    /** Recorded in {@code versions.identity}; bump when a decision for the same input changes. */
    public static final String VERSION = "1";

    private final IdentityConfig config;
    private final IdentityLedger ledger;
    private final long windowSeconds;

    /**
     * A sighting of a known article rewrites its entry only when the entry is this old, so an item
     * served on every poll costs no state writes; the window is extended in steps of this size.
     */
    private final long refreshSeconds;

    /**
     * A raw-record header that marks a deliberate redelivery (its value is not read): see {@link
     * #identify(String, Envelope, Instant, boolean)}.
     */
    public static final String REDELIVER_HEADER = "newsflow.redeliver";

    public IdentityStep(IdentityConfig config, IdentityLedger ledger) {
        this.config = config;
        this.ledger = ledger;
        this.windowSeconds = Math.max(1, config.window().toSeconds());
        this.refreshSeconds = Math.max(1, windowSeconds / 8);
    }

    /** How often expiry should run: every eighth of the window, so state stays ≤ 9/8 of it. */
    public static java.time.Duration expiryInterval(IdentityConfig config) {
        return java.time.Duration.ofSeconds(Math.max(1, config.window().toSeconds() / 8));
    }

    /**
     * Decides the identity of one record at its record time. A failed envelope passes untouched; an
     * article whose text cannot be signed becomes a failure of this stage.
     */
    public Identified identify(String key, Envelope in, Instant timestamp) {
        return identify(key, in, timestamp, false);
    }

    /**
     * As {@link #identify(String, Envelope, Instant)}, for a record an operator sends again on
     * purpose ({@code redelivered}: it carries {@link #REDELIVER_HEADER}). The ledger decides
     * before the NLP steps, so an article that failed in one of them is already remembered: sent
     * again from {@code news.dlq} after the fix, it is a {@code DUPLICATE_OF} itself. A redelivered
     * duplicate of its own id is therefore forwarded in every mode; the decision event is the same
     * as without the header. A copy of another article is decided as always.
     */
    public Identified identify(String key, Envelope in, Instant timestamp, boolean redelivered) {
        if (in.isFailed()) {
            return Identified.passThrough(in);
        }
        EnrichedArticle enriched = in.article();
        RawArticle article = enriched.article();
        ContentSignature signature;
        try {
            signature =
                    ContentSignature.of(
                            article, config.lshBands(), config.lshRows(), config.minTokens());
        } catch (RuntimeException e) {
            return Identified.passThrough(Envelope.failed(Envelope.Failure.of(NAME, e, enriched)));
        }
        Identity identity = decide(article, signature, tick(timestamp));
        var event =
                new IdentityEvent(
                        IdentityEvent.SCHEMA_VERSION,
                        article.articleId(),
                        article.feedId(),
                        article.url(),
                        identity,
                        timestamp);
        var out = Envelope.ok(enriched.withIdentity(identity).withVersion("identity", VERSION));
        boolean redeliveryOfItself =
                redelivered
                        && identity.status() == IdentityStatus.DUPLICATE_OF
                        && article.articleId().equals(identity.duplicateOf());
        return new Identified(out, event, redeliveryOfItself || forwards(identity.status()));
    }

    /** Whether an article with this decision goes on to enrichment in the configured mode. */
    public boolean forwards(IdentityStatus status) {
        return switch (status) {
            case NEW, UPDATED -> true;
            case DUPLICATE_OF -> !config.dropDuplicates();
            case SYNDICATED_COPY -> !config.dropDuplicates() || config.forwardSyndicated();
        };
    }

    /**
     * Deletes what the window no longer covers once the ledger's clock reaches {@code now}.
     * Decisions never depend on when this runs: they already ignore every entry it would delete.
     */
    public int expire(Instant now) {
        long cutoff = tick(now) - windowSeconds;
        List<LedgerEntry> expired = ledger.lastSeenBefore(cutoff);
        for (LedgerEntry entry : expired) {
            unlinkAll(entry);
            ledger.remove(entry.ref());
        }
        return expired.size();
    }

    /**
     * Ledger time: the latest record time seen, so the window counts time the ledger has lived
     * through. A late or replayed record (timestamp behind the clock) is judged against what the
     * ledger remembers now, and expiry can never delete an entry a decision would still use.
     */
    private long tick(Instant timestamp) {
        ledger.advanceClock(timestamp.getEpochSecond());
        return ledger.clock();
    }

    private Identity decide(RawArticle article, ContentSignature signature, long now) {
        String articleId = article.articleId();
        long guidKey = IdentityRules.guidKey(article);

        Optional<LedgerEntry> same = fresh(ledger.article(LedgerEntry.refOf(articleId)), now);
        same = same.filter(e -> e.articleId().equals(articleId));
        if (same.isPresent()) {
            return sameArticle(same.get(), IdentityRules.idRule(article), signature, guidKey, now);
        }
        if (guidKey != 0) {
            Optional<LedgerEntry> byGuid = found(IdentityLedger.Index.GUID, guidKey, now);
            if (byGuid.isPresent()) {
                return movedArticle(articleId, byGuid.get(), signature, guidKey, now);
            }
        }
        if (!signature.judgesSimilarity()) {
            Optional<LedgerEntry> exact =
                    found(IdentityLedger.Index.FINGERPRINT, signature.fingerprintKey(), now);
            if (exact.isPresent()) {
                return copyOf(
                        articleId,
                        exact.get(),
                        IdentityStatus.DUPLICATE_OF,
                        IdentityRules.FINGERPRINT,
                        signature,
                        guidKey,
                        now);
            }
        } else {
            Optional<LedgerEntry> nearest = nearest(articleId, signature, now);
            if (nearest.isPresent() && IdentityRules.isSameContent(nearest.get(), signature)) {
                return copyOf(
                        articleId,
                        nearest.get(),
                        IdentityStatus.DUPLICATE_OF,
                        IdentityRules.FINGERPRINT,
                        signature,
                        guidKey,
                        now);
            }
            if (nearest.isPresent()
                    && IdentityRules.isNearDuplicate(
                            nearest.get(), signature, config.maxHammingDistance())) {
                return copyOf(
                        articleId,
                        nearest.get(),
                        IdentityStatus.SYNDICATED_COPY,
                        IdentityRules.SIMHASH,
                        signature,
                        guidKey,
                        now);
            }
        }
        remember(entry(articleId, articleId, 1, signature, guidKey, now));
        return identity(
                articleId, 1, signature, IdentityStatus.NEW, null, null, IdentityRules.FIRST_SEEN);
    }

    /** The same id again: a duplicate if the content is the same, else its next revision. */
    private Identity sameArticle(
            LedgerEntry known, String rule, ContentSignature signature, long guidKey, long now) {
        if (IdentityRules.isSameContent(known, signature)) {
            if (now - known.lastSeenSecond() >= refreshSeconds) {
                ledger.put(known.seenAt(now));
            }
            return identity(
                    known.storyId(),
                    known.revision(),
                    signature,
                    IdentityStatus.DUPLICATE_OF,
                    known.articleId(),
                    1.0,
                    rule);
        }
        int revision = known.revision() + 1;
        remember(entry(known.articleId(), known.storyId(), revision, signature, guidKey, now));
        return revised(known, revision, signature, rule);
    }

    /** The same feed item under another URL: a duplicate, or a revision of the item. */
    private Identity movedArticle(
            String articleId,
            LedgerEntry known,
            ContentSignature signature,
            long guidKey,
            long now) {
        if (IdentityRules.isSameContent(known, signature)) {
            return copyOf(
                    articleId,
                    known,
                    IdentityStatus.DUPLICATE_OF,
                    IdentityRules.FEED_GUID,
                    signature,
                    guidKey,
                    now);
        }
        int revision = known.revision() + 1;
        remember(entry(articleId, known.storyId(), revision, signature, guidKey, now));
        return revised(known, revision, signature, IdentityRules.FEED_GUID);
    }

    private Identity copyOf(
            String articleId,
            LedgerEntry known,
            IdentityStatus status,
            String rule,
            ContentSignature signature,
            long guidKey,
            long now) {
        remember(entry(articleId, known.storyId(), known.revision(), signature, guidKey, now));
        return identity(
                known.storyId(),
                known.revision(),
                signature,
                status,
                known.articleId(),
                SimHash.similarity(known.simhash(), signature.simhash()),
                rule);
    }

    private Identity revised(
            LedgerEntry known, int revision, ContentSignature signature, String rule) {
        return new Identity(
                known.storyId(),
                revision,
                signature.fingerprint(),
                SimHash.hex(signature.simhash()),
                IdentityStatus.UPDATED,
                known.articleId(),
                SimHash.similarity(known.simhash(), signature.simhash()),
                rule,
                IdentityRules.changedFields(known, signature));
    }

    /**
     * The closest remembered article sharing a MinHash band: smallest SimHash distance, ties to the
     * earlier band so the choice is deterministic.
     */
    private Optional<LedgerEntry> nearest(String articleId, ContentSignature signature, long now) {
        Set<Long> seen = new LinkedHashSet<>();
        LedgerEntry best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int band : signature.bands()) {
            OptionalLong ref = ledger.find(IdentityLedger.Index.BAND, band);
            if (ref.isEmpty() || !seen.add(ref.getAsLong())) {
                continue;
            }
            Optional<LedgerEntry> candidate = fresh(ledger.article(ref.getAsLong()), now);
            if (candidate.isEmpty() || candidate.get().articleId().equals(articleId)) {
                continue;
            }
            int distance = SimHash.distance(candidate.get().simhash(), signature.simhash());
            if (distance < bestDistance) {
                best = candidate.get();
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    private Optional<LedgerEntry> found(IdentityLedger.Index index, long key, long now) {
        OptionalLong ref = ledger.find(index, key);
        return ref.isEmpty() ? Optional.empty() : fresh(ledger.article(ref.getAsLong()), now);
    }

    private Optional<LedgerEntry> fresh(Optional<LedgerEntry> entry, long now) {
        return entry.filter(e -> e.isFresh(now, windowSeconds));
    }

    /**
     * Stores the entry and points its signals at it (the latest article wins an index key). An
     * older entry under the same ref (a previous revision, or one past the window) gives up its
     * keys first, so none is left behind that expiry would not find.
     */
    private void remember(LedgerEntry entry) {
        ledger.article(entry.ref()).ifPresent(this::unlinkAll);
        ledger.put(entry);
        long ref = entry.ref();
        if (entry.guidKey() != 0) {
            ledger.link(IdentityLedger.Index.GUID, entry.guidKey(), ref);
        }
        if (entry.fingerprintIndexed()) {
            ledger.link(IdentityLedger.Index.FINGERPRINT, entry.fingerprintKey(), ref);
        }
        for (int band : entry.bands()) {
            ledger.link(IdentityLedger.Index.BAND, band, ref);
        }
    }

    private void unlinkAll(LedgerEntry entry) {
        long ref = entry.ref();
        if (entry.guidKey() != 0) {
            unlinkIfOwned(IdentityLedger.Index.GUID, entry.guidKey(), ref);
        }
        if (entry.fingerprintIndexed()) {
            unlinkIfOwned(IdentityLedger.Index.FINGERPRINT, entry.fingerprintKey(), ref);
        }
        for (int band : entry.bands()) {
            unlinkIfOwned(IdentityLedger.Index.BAND, band, ref);
        }
    }

    private void unlinkIfOwned(IdentityLedger.Index index, long key, long ref) {
        OptionalLong owner = ledger.find(index, key);
        if (owner.isPresent() && owner.getAsLong() == ref) {
            ledger.unlink(index, key);
        }
    }

    private static LedgerEntry entry(
            String articleId,
            String storyId,
            int revision,
            ContentSignature signature,
            long guidKey,
            long now) {
        return new LedgerEntry(
                articleId,
                storyId,
                revision,
                signature.fingerprintKey(),
                signature.simhash(),
                IdentityRules.shortHash(signature.titleHash()),
                IdentityRules.shortHash(signature.summaryHash()),
                IdentityRules.shortHash(signature.contentHash()),
                guidKey,
                !signature.judgesSimilarity(),
                signature.bands(),
                now);
    }

    private static Identity identity(
            String storyId,
            int revision,
            ContentSignature signature,
            IdentityStatus status,
            String duplicateOf,
            Double similarity,
            String rule) {
        return new Identity(
                storyId,
                revision,
                signature.fingerprint(),
                SimHash.hex(signature.simhash()),
                status,
                duplicateOf,
                similarity,
                rule,
                List.of());
    }
}
