/**
 * The enrichment processors: one Kafka Streams topology ({@link
 * io.newsflow.processors.EnrichmentTopology}) wiring steps that are plain functions, one package
 * per step. Steps never import Kafka; only the topology, its processors and settings do.
 */
package io.newsflow.processors;
