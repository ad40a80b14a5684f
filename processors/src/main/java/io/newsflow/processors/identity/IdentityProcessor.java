package io.newsflow.processors.identity;

import io.newsflow.config.IdentityConfig;
import io.newsflow.processors.Envelope;
import java.time.Instant;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link IdentityStep} in a stream task over the ledger's state stores, at the record's
 * timestamp, and expires the ledger on stream time (not wall clock), so a replay of the same input
 * decides and expires the same way.
 */
final class IdentityProcessor implements FixedKeyProcessor<String, Envelope, Identified> {
    private static final Logger log = LoggerFactory.getLogger(IdentityProcessor.class);

    private final IdentityConfig config;
    private FixedKeyProcessorContext<String, Identified> context;
    private IdentityStep step;

    IdentityProcessor(IdentityConfig config) {
        this.config = config;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Identified> context) {
        this.context = context;
        KeyValueStore<Bytes, byte[]> articles = context.getStateStore(IdentityStage.ARTICLES_STORE);
        KeyValueStore<Bytes, byte[]> guids = context.getStateStore(IdentityStage.GUIDS_STORE);
        KeyValueStore<Bytes, byte[]> fingerprints =
                context.getStateStore(IdentityStage.FINGERPRINTS_STORE);
        KeyValueStore<Bytes, byte[]> bands = context.getStateStore(IdentityStage.BANDS_STORE);
        step =
                new IdentityStep(
                        config, new StoreIdentityLedger(articles, guids, fingerprints, bands));
        context.schedule(
                IdentityStep.expiryInterval(config), PunctuationType.STREAM_TIME, this::expire);
    }

    @Override
    public void process(FixedKeyRecord<String, Envelope> record) {
        Identified identified =
                step.identify(
                        record.key(),
                        record.value(),
                        Instant.ofEpochMilli(record.timestamp()),
                        record.headers().lastHeader(IdentityStep.REDELIVER_HEADER) != null);
        context.forward(record.withValue(identified));
    }

    private void expire(long streamTime) {
        int removed = step.expire(Instant.ofEpochMilli(streamTime));
        if (removed > 0) {
            log.info(
                    "identity ledger expired articles={} task={} window={}",
                    removed,
                    context.taskId(),
                    config.window());
        }
    }
}
