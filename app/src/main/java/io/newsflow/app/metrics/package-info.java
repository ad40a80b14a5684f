/**
 * Metrics and health of a newsflow process: the Prometheus registry, the HTTP endpoint ({@code
 * /metrics}, {@code /health}, {@code /ready}), Kafka client and Streams binders, and newsflow's own
 * series observed from the committed output topics. Steps never see Micrometer: they stay pure
 * functions, and this package watches what they publish.
 */
package io.newsflow.app.metrics;
