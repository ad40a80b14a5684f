/**
 * The feed poller: when each feed is polled (adaptive interval, jittered backoff, publisher hints,
 * per-host politeness), what one poll does (fetch, parse, keep only new items, publish, remember),
 * where that memory lives (compacted {@code news.feeds.state}), which instance polls which feed (a
 * consumer group over {@code news.feeds}), and the operator's catalog (YAML/OPML import and export,
 * health listing). Scheduling decisions are pure functions tested without Kafka or HTTP.
 */
package io.newsflow.ingest.poll;
