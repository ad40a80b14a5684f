/**
 * Routing rules: which enriched records are copied to which extra topics, decided from a record's
 * language, IPTC topics, linked entities and source. Pure functions; the Kafka Streams wiring is
 * {@link io.newsflow.sink.TopicRouter}.
 */
package io.newsflow.sink.route;
