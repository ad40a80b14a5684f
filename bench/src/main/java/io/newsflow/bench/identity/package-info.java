/**
 * Identity benchmarks: the threshold measurement behind the near-duplicate defaults, and the
 * throughput and state-size harness against a pass-through topology on the same broker.
 */
package io.newsflow.bench.identity;
