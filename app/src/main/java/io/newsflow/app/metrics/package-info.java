/**
 * Metrics and health of a newsflow process: the Prometheus registry, the HTTP endpoint ({@code
 * /metrics}, {@code /health}, {@code /ready}), Kafka client and Streams binders, and newsflow's own
 * series observed from the committed output topics. Steps never see Micrometer: they stay pure
 * functions, and this package watches what they publish.
 *
 * <p>A long-running command wires it in three lines (the {@code poll} command does the same and
 * hands {@link io.newsflow.app.metrics.Observability#registry()} to the poller):
 *
 * <pre>{@code
 * @Mixin MetricsOptions metricsOptions;
 * NewsflowConfig config = metricsOptions.apply(options.load());
 * var observability = lifecycle.add(Observability.start(config, bootstrap, "poll", metricsOptions));
 * }</pre>
 */
package io.newsflow.app.metrics;
