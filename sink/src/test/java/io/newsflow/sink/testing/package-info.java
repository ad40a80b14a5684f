/** Fixtures for the sink's tests: deterministic articles and a hand-moved clock. */
package io.newsflow.sink.testing;
