package io.newsflow.processors;

import io.newsflow.kafka.FilingHeaders;
import io.newsflow.model.EnrichedArticle;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Unwraps the enriched article for the output topic and puts its {@link FilingHeaders} on the
 * record, so the file sink can file it without parsing its JSON value.
 */
public final class FilingStamp implements FixedKeyProcessor<String, Envelope, EnrichedArticle> {
    private FixedKeyProcessorContext<String, EnrichedArticle> context;

    @Override
    public void init(FixedKeyProcessorContext<String, EnrichedArticle> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, Envelope> record) {
        EnrichedArticle article = record.value().article();
        FilingHeaders.set(record.headers(), article);
        context.forward(record.withValue(article));
    }
}
