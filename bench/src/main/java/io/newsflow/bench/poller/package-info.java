/**
 * The feed poller's benchmark: thousands of local feeds on many loopback addresses, polled by the
 * real poller, measured against bare HTTP fetches of the same feeds in the same run. Run by hand;
 * never part of {@code verify}.
 */
package io.newsflow.bench.poller;
