/**
 * Benchmarks for topic tagging: rule load time, retained heap and single-core throughput, printed
 * against a tokenization-only baseline measured in the same run. Run by hand; never part of verify.
 */
package io.newsflow.bench.topics;
