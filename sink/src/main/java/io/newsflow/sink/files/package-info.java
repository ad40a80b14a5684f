/**
 * The exactly-once file tree: partitioned JSON Lines files committed in batches by fsync and atomic
 * rename, file names that encode topic, partition and offset range, and recovery of the position
 * from those names. Knows files and JSON, not Kafka clients.
 */
package io.newsflow.sink.files;
