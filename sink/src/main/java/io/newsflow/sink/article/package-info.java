/**
 * Reading the fields the sinks decide on (date, language, topics, entities, source) from an
 * enriched record's JSON bytes, or, for filing, from the headers newsflow's processors put on it
 * ({@link io.newsflow.kafka.FilingHeaders}). Knows JSON and record headers, not files.
 */
package io.newsflow.sink.article;
