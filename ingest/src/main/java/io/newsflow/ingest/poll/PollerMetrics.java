package io.newsflow.ingest.poll;

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
                        .description("time for one HTTP fetch including the body")
                        .register(registry);
        registry.gauge("newsflow.feed.assigned", assigned);
    }

    void poll(String feed, Outcome outcome) {
        registry.counter("newsflow.feed.polls", "feed", feed, "outcome", outcome.tag()).increment();
    }

    void failure(String feed, String error) {
        registry.counter("newsflow.feed.failures", "feed", feed, "error", error).increment();
    }

    void published(String feed, int items) {
        if (items > 0) {
            registry.counter("newsflow.feed.items.published", "feed", feed).increment(items);
        }
    }

    void repair(String feed, String kind) {
        registry.counter("newsflow.feed.repairs", "feed", feed, "kind", kind).increment();
    }

    void fetched(Duration took) {
        fetchTime.record(took);
    }

    void assigned(int feeds) {
        assigned.set(feeds);
    }
}
