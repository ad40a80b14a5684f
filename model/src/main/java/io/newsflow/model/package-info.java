/**
 * The vocabulary of newsflow: immutable records that travel on Kafka topics as JSON.
 *
 * <p>Owns record shapes, stable article ids and canonical URLs. Knows nothing of feeds, Kafka
 * Streams or NLP libraries; every other module depends on this one.
 */
package io.newsflow.model;
