package io.newsflow.processors.identity;

import io.newsflow.config.IdentityConfig;
import io.newsflow.processors.Envelope;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The identity step's place in the topology: the named single-partition repartition topic that
 * brings every article to one ledger (so a copy is compared with every article, whatever raw
 * partition either came from, without re-keying: the key stays the article id), and the processor
 * with its four named RocksDB stores. See {@code docs/identity.md} for why one ledger partition.
 */
public final class IdentityStage {
    public static final String NAME = IdentityStep.NAME;

    /** Repartition topic {@code <application.id>-identity-ledger-repartition}. */
    public static final String LEDGER_TOPIC = "identity-ledger";

    public static final String ARTICLES_STORE = "identity-articles";
    public static final String GUIDS_STORE = "identity-guids";
    public static final String FINGERPRINTS_STORE = "identity-fingerprints";
    public static final String BANDS_STORE = "identity-bands";

    private IdentityStage() {}

    /** Every record, failed ones included, to the one ledger partition, keyed as before. */
    public static Repartitioned<String, Envelope> toLedger() {
        return Repartitioned.<String, Envelope>as(LEDGER_TOPIC)
                .withKeySerde(Serdes.String())
                .withValueSerde(new EnvelopeSerde())
                .withNumberOfPartitions(1);
    }

    /** The processor with its stores; Streams adds the stores when it wires the processor. */
    public static FixedKeyProcessorSupplier<String, Envelope, Identified> processor(
            IdentityConfig config) {
        return new FixedKeyProcessorSupplier<>() {
            @Override
            public FixedKeyProcessor<String, Envelope, Identified> get() {
                return new IdentityProcessor(config);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(
                        store(ARTICLES_STORE),
                        store(GUIDS_STORE),
                        store(FINGERPRINTS_STORE),
                        store(BANDS_STORE));
            }
        };
    }

    /** The ledger's repartition topic, whose lag says how many articles still await identity. */
    public static String ledgerTopic(String applicationId) {
        return applicationId + "-" + LEDGER_TOPIC + "-repartition";
    }

    /**
     * The internal topics Kafka Streams creates for the ledger, by full name, with the configs it
     * would give them; each has one partition.
     */
    public static Map<String, Map<String, String>> internalTopics(String applicationId) {
        var topics = new TreeMap<String, Map<String, String>>();
        topics.put(
                ledgerTopic(applicationId),
                Map.of("cleanup.policy", "delete", "retention.ms", "-1"));
        for (String store : List.of(ARTICLES_STORE, GUIDS_STORE, FINGERPRINTS_STORE, BANDS_STORE)) {
            topics.put(
                    applicationId + "-" + store + "-changelog",
                    Map.of("cleanup.policy", "compact"));
        }
        return topics;
    }

    private static StoreBuilder<KeyValueStore<Bytes, byte[]>> store(String name) {
        return Stores.keyValueStoreBuilder(
                        Stores.persistentKeyValueStore(name), Serdes.Bytes(), Serdes.ByteArray())
                .withCachingEnabled();
    }
}
