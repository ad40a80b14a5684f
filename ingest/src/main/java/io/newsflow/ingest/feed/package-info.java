/**
 * Feed parsing: bytes of RSS 0.9x/1.0/2.0, Atom 0.3/1.0 or JSON Feed 1.0/1.1 to {@code
 * RawArticle}s, with format detection from content, lenient but honest repairs, and hostile-input
 * defences (no DOCTYPE, no entities). {@link io.newsflow.ingest.feed.FeedParser} is the only class
 * that touches Rome; nothing here knows HTTP clients, Kafka or scheduling.
 */
package io.newsflow.ingest.feed;
