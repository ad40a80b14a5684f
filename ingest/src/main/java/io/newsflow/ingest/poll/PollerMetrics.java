package io.newsflow.ingest.poll;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The poller's meters (Prometheus: {@code newsflow_feed_polls_total{feed,outcome}} …): polls by
 * outcome, failures by kind, items published and repairs per feed, fetch time, and feeds owned.
 */
public final class PollerMetrics {
    private final MeterRegistry registry;
    private final Timer fetchTime;
    private final AtomicInteger assigned = new AtomicInteger();

    public PollerMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.fetchTime =
                Timer.builder("newsflow.feed.fetch")
                        .description("Time for one HTTP fetch of a feed, body included")
                        .register(registry);
        Gauge.builder("newsflow.feed.assigned", assigned, AtomicInteger::get)
                .description("Feeds this poller owns (its share of news.feeds)")
                .register(registry);
    }

    void poll(String feed, Outcome outcome) {
        Counter.builder("newsflow.feed.polls")
                .description("Feed polls by outcome (not-modified: an HTTP 304)")
                .tags("feed", feed, "outcome", outcome.tag())
                .register(registry)
                .increment();
    }

    void failure(String feed, String error) {
        Counter.builder("newsflow.feed.failures")
                .description("Failed feed polls by kind of error")
                .tags("feed", feed, "error", error)
                .register(registry)
                .increment();
    }

    /** After every successful poll, so the series exists (at 0) before a feed's first new item. */
    void published(String feed, int items) {
        Counter.builder("newsflow.feed.items.published")
                .description("New feed items published to news.articles.raw")
                .tag("feed", feed)
                .register(registry)
                .increment(items);
    }

    void repair(String feed, String kind) {
        Counter.builder("newsflow.feed.repairs")
                .description("Repairs of malformed feed content, by kind")
                .tags("feed", feed, "kind", kind)
                .register(registry)
                .increment();
    }

    void fetched(Duration took) {
        fetchTime.record(took);
    }

    void assigned(int feeds) {
        assigned.set(feeds);
    }
}
