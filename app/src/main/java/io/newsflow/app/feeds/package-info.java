/**
 * The operator's commands for feeds: {@code feeds import|export|list} and {@code poll}. Thin
 * picocli adapters over {@code io.newsflow.ingest.poll} (catalog, health, poller service); no
 * polling or parsing logic lives here.
 */
package io.newsflow.app.feeds;
