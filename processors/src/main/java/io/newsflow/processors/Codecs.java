package io.newsflow.processors;

import io.newsflow.kafka.JsonSerde;
import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.RawArticle;

/** The JSON serdes the processors use outside of topic definitions. */
final class Codecs {
    static final JsonSerde<RawArticle> RAW = new JsonSerde<>(RawArticle.class);
    static final JsonSerde<EnrichedArticle> ENRICHED = new JsonSerde<>(EnrichedArticle.class);

    private Codecs() {}
}
