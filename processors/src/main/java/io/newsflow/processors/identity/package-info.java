/**
 * The identity step: one stable identity per article, every decision explained as an event. Owns
 * the content signatures (fingerprint, SimHash, MinHash bands), the decision rules, and the ledger
 * that remembers articles for a window (in memory for {@code newsflow enrich}, in Kafka Streams
 * state stores in the topology). The rules never import Kafka; only {@code StoreIdentityLedger},
 * {@code IdentityProcessor}, {@code IdentityStage} and {@code EnvelopeSerde} adapt them to Streams.
 */
package io.newsflow.processors.identity;
