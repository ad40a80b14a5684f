/**
 * Topic tagging: assigns IPTC Media Topics to an article from per-language keyword and phrase rules
 * over stemmed tokens (Lucene analyzers) plus hints from linked entities. Owns the taxonomy and
 * rule resources under {@code io/newsflow/processors/topics/}; knows nothing of Kafka. Lucene types
 * stay inside this package.
 */
package io.newsflow.processors.topics;
