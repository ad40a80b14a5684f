/**
 * Kafka-facing vocabulary shared by every part: topic names with their serdes, the JSON mapping,
 * dead-letter and filing headers. No clients are created here.
 */
package io.newsflow.kafka;
