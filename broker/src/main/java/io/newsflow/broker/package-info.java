/**
 * Kafka infrastructure newsflow runs on: the embedded single-node KRaft broker ({@link
 * io.newsflow.broker.EmbeddedKafka}) and topic creation with the KAFKA-15591 readiness wait ({@link
 * io.newsflow.broker.TopicAdmin}). Knows nothing of feeds or enrichment.
 */
package io.newsflow.broker;
