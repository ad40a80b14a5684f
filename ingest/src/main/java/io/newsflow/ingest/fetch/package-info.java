/**
 * HTTP fetching of feeds: conditional GET, redirects followed and counted by hand, body and
 * decompression caps, total timeouts, and charset decoding of the bytes. Knows nothing of feed
 * formats, Kafka or scheduling; one {@link io.newsflow.ingest.fetch.HttpFetcher#fetch} is one
 * bounded attempt whose failure is a {@link io.newsflow.ingest.fetch.FetchException} with a kind.
 */
package io.newsflow.ingest.fetch;
