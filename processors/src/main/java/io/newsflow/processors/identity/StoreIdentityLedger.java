package io.newsflow.processors.identity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The ledger in Kafka Streams key-value stores (RocksDB, changelogged, exactly-once with the task):
 * one store of entries by 8-byte ref, one per index. Keys and values are compact binary ({@link
 * LedgerCodec}); a band key is 4 bytes, a GUID or fingerprint key 8.
 */
final class StoreIdentityLedger implements IdentityLedger {
    /** The clock's key in the articles store: one byte, so no 8-byte entry ref can equal it. */
    private static final Bytes CLOCK = Bytes.wrap(new byte[] {0});

    private final KeyValueStore<Bytes, byte[]> articles;
    private final Map<Index, KeyValueStore<Bytes, byte[]>> indexes;

    /** Read once from the store; this task is its only writer. */
    private long clock = -1;

    StoreIdentityLedger(
            KeyValueStore<Bytes, byte[]> articles,
            KeyValueStore<Bytes, byte[]> guids,
            KeyValueStore<Bytes, byte[]> fingerprints,
            KeyValueStore<Bytes, byte[]> bands) {
        this.articles = articles;
        this.indexes = new EnumMap<>(Index.class);
        indexes.put(Index.GUID, guids);
        indexes.put(Index.FINGERPRINT, fingerprints);
        indexes.put(Index.BAND, bands);
    }

    @Override
    public Optional<LedgerEntry> article(long ref) {
        byte[] value = articles.get(Bytes.wrap(LedgerCodec.key(ref)));
        return value == null ? Optional.empty() : Optional.of(LedgerCodec.decode(ref, value));
    }

    @Override
    public void put(LedgerEntry entry) {
        articles.put(Bytes.wrap(LedgerCodec.key(entry.ref())), LedgerCodec.encode(entry));
    }

    @Override
    public void remove(long ref) {
        articles.delete(Bytes.wrap(LedgerCodec.key(ref)));
    }

    @Override
    public OptionalLong find(Index index, long key) {
        byte[] ref = indexes.get(index).get(indexKey(index, key));
        return ref == null ? OptionalLong.empty() : OptionalLong.of(LedgerCodec.readRef(ref));
    }

    @Override
    public void link(Index index, long key, long ref) {
        indexes.get(index).put(indexKey(index, key), LedgerCodec.ref(ref));
    }

    @Override
    public void unlink(Index index, long key) {
        indexes.get(index).delete(indexKey(index, key));
    }

    @Override
    public long clock() {
        if (clock < 0) {
            byte[] value = articles.get(CLOCK);
            clock = value == null ? 0 : LedgerCodec.readRef(value);
        }
        return clock;
    }

    @Override
    public void advanceClock(long epochSecond) {
        if (epochSecond > clock()) {
            clock = epochSecond;
            articles.put(CLOCK, LedgerCodec.key(epochSecond));
        }
    }

    @Override
    public List<LedgerEntry> lastSeenBefore(long epochSecond) {
        var expired = new ArrayList<LedgerEntry>();
        try (var all = articles.all()) {
            while (all.hasNext()) {
                var kv = all.next();
                if (kv.key.get().length != 8) {
                    continue;
                }
                LedgerEntry entry = LedgerCodec.decode(LedgerCodec.readRef(kv.key.get()), kv.value);
                if (entry.lastSeenSecond() < epochSecond) {
                    expired.add(entry);
                }
            }
        }
        return expired;
    }

    private static Bytes indexKey(Index index, long key) {
        return Bytes.wrap(
                index == Index.BAND ? LedgerCodec.bandKey((int) key) : LedgerCodec.key(key));
    }
}
