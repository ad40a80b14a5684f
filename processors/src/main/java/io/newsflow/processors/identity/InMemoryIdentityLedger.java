package io.newsflow.processors.identity;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A ledger in plain maps, for the broker-less {@code newsflow enrich} command and for tests. Not
 * thread-safe: one ledger per sequential stream of articles, as in a stream task.
 */
final class InMemoryIdentityLedger implements IdentityLedger {
    private final Map<Long, LedgerEntry> articles = new HashMap<>();
    private final Map<Index, Map<Long, Long>> indexes = new EnumMap<>(Index.class);
    private long clock;

    InMemoryIdentityLedger() {
        for (Index index : Index.values()) {
            indexes.put(index, new HashMap<>());
        }
    }

    @Override
    public Optional<LedgerEntry> article(long ref) {
        return Optional.ofNullable(articles.get(ref));
    }

    @Override
    public void put(LedgerEntry entry) {
        articles.put(entry.ref(), entry);
    }

    @Override
    public void remove(long ref) {
        articles.remove(ref);
    }

    @Override
    public OptionalLong find(Index index, long key) {
        Long ref = indexes.get(index).get(key);
        return ref == null ? OptionalLong.empty() : OptionalLong.of(ref);
    }

    @Override
    public void link(Index index, long key, long ref) {
        indexes.get(index).put(key, ref);
    }

    @Override
    public void unlink(Index index, long key) {
        indexes.get(index).remove(key);
    }

    @Override
    public long clock() {
        return clock;
    }

    @Override
    public void advanceClock(long epochSecond) {
        clock = Math.max(clock, epochSecond);
    }

    @Override
    public List<LedgerEntry> lastSeenBefore(long epochSecond) {
        return articles.values().stream().filter(e -> e.lastSeenSecond() < epochSecond).toList();
    }

    /** Entries remembered, for tests. */
    int size() {
        return articles.size();
    }
}
