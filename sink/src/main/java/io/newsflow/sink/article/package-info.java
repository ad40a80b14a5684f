/**
 * Reading the fields the sinks decide on (date, language, topics, entities, source) from an
 * enriched record's JSON bytes. Knows JSON, not Kafka and not files.
 */
package io.newsflow.sink.article;
