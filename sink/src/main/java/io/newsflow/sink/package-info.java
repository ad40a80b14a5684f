/**
 * newsflow's outputs beyond the enriched topic: {@link io.newsflow.sink.TopicRouter} copies
 * enriched records to rule-selected topics (Kafka Streams, exactly-once v2) and {@link
 * io.newsflow.sink.FileSink} writes them exactly once into partitioned JSON Lines files. Depends on
 * the model only, never on the processors.
 */
package io.newsflow.sink;
