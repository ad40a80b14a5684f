package io.newsflow.processors.identity;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Where the identity step remembers articles: entries by ref, and indexes from a signal (GUID,
 * fingerprint, MinHash band) to the ref of the article last seen with it. {@link IdentityStep}
 * makes every decision; a ledger only stores. {@link #inMemory()} serves {@code newsflow enrich}
 * and tests, {@link StoreIdentityLedger} the Kafka Streams topology.
 */
public interface IdentityLedger {

    /** The signal indexes, one key space each. */
    enum Index {
        /** hash of feed id + GUID, for articles whose id comes from their URL */
        GUID,
        /** exact fingerprint, for texts too short to carry MinHash bands */
        FINGERPRINT,
        /** MinHash band key */
        BAND
    }

    Optional<LedgerEntry> article(long ref);

    void put(LedgerEntry entry);

    void remove(long ref);

    OptionalLong find(Index index, long key);

    void link(Index index, long key, long ref);

    void unlink(Index index, long key);

    /**
     * The ledger's clock in epoch seconds: the latest record time it has seen (0 before the first).
     * Kept with the entries so a restarted task judges the window exactly as before.
     */
    long clock();

    void advanceClock(long epochSecond);

    /** Entries last seen before {@code epochSecond}, for expiry. */
    List<LedgerEntry> lastSeenBefore(long epochSecond);

    static IdentityLedger inMemory() {
        return new InMemoryIdentityLedger();
    }
}
