/**
 * The {@code newsflow} application: picocli commands wiring the broker, ingest, processors and
 * sinks. Owns process lifecycle, progress output and the embedded-broker default; holds no
 * processing logic of its own.
 */
package io.newsflow.app;
