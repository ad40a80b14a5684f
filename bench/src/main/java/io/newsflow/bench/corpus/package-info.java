/** The benchmark's deterministic corpus, derived from the seeds with known shares of re-runs. */
package io.newsflow.bench.corpus;
