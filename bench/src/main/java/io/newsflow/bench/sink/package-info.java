/** Benchmarks of the sinks: file sink throughput against a bare consumer in the same run. */
package io.newsflow.bench.sink;
