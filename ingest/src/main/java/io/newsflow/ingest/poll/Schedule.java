package io.newsflow.ingest.poll;

import io.newsflow.config.PollerConfig;
import io.newsflow.model.FeedSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;

/**
 * When to poll a feed next — a pure function of the last result, so it is tested with a fixed clock
 * and seed. After a success the interval moves with the feed's publishing: halved when new items
 * appeared, stretched by a quarter when none did, kept within the feed's bounds and never below
 * what the publisher asks for. After a failure: exponential backoff from {@code retryBase}, capped
 * at the maximum interval and jittered ("equal jitter", 50–100 %), so feeds that failed together do
 * not return together; {@code Retry-After} is honoured up to a day. A feed is never given up: the
 * backoff stops growing at the maximum and the first success resets it.
 */
public final class Schedule {
    /** Longest Retry-After honoured, so a broken header cannot silence a feed for good. */
    static final Duration MAX_RETRY_AFTER = Duration.ofDays(1);

    private final PollerConfig config;
    private final RandomGenerator random;

    public Schedule(PollerConfig config, RandomGenerator random) {
        this.config = config;
        this.random = random;
    }

    /** The next interval and due time after {@code result}, given the interval used so far. */
    public Next next(
            FeedSpec spec, Duration interval, int failuresBefore, PollResult result, Instant now) {
        Duration min = min(spec);
        Duration max = max(spec);
        Duration current =
                interval == null || interval.isZero()
                        ? clamp(config.initialInterval(), min, max)
                        : interval;
        if (result.failed()) {
            int failures = failuresBefore + 1;
            Duration backoff = backoff(failures, max);
            Instant due = now.plus(backoff);
            if (result.notBefore() != null) {
                Instant limit = now.plus(MAX_RETRY_AFTER);
                Instant asked = result.notBefore().isAfter(limit) ? limit : result.notBefore();
                if (asked.isAfter(due)) {
                    due = asked;
                }
            }
            return new Next(current, due, failures);
        }
        Duration next =
                result.outcome() == Outcome.NEW_ITEMS
                        ? current.dividedBy(2)
                        : current.plus(current.dividedBy(4));
        next = clamp(next, min, max);
        if (result.publisherInterval() != null && result.publisherInterval().compareTo(next) > 0) {
            next = result.publisherInterval().compareTo(max) > 0 ? max : result.publisherInterval();
        }
        return new Next(next, now.plus(jitter(next, 0.9, 1.1)), 0);
    }

    /**
     * When a feed never polled (or long overdue after a restart) is first due: spread, no storm.
     */
    public Instant firstPoll(Instant now, Duration spread) {
        long ms = Math.max(1, spread.toMillis());
        return now.plusMillis(random.nextLong(ms));
    }

    Duration backoff(int failures, Duration max) {
        int doublings = Math.min(failures - 1, 30);
        Duration raw = config.retryBase().multipliedBy(1L << doublings);
        Duration capped = raw.compareTo(max) > 0 || raw.isNegative() ? max : raw;
        return jitter(capped, 0.5, 1.0);
    }

    private Duration jitter(Duration d, double low, double high) {
        double factor = low + (high - low) * random.nextDouble();
        return Duration.ofMillis(Math.max(1, (long) (d.toMillis() * factor)));
    }

    Duration min(FeedSpec spec) {
        return spec.minInterval() != null ? spec.minInterval() : config.minInterval();
    }

    Duration max(FeedSpec spec) {
        Duration max = spec.maxInterval() != null ? spec.maxInterval() : config.maxInterval();
        return max.compareTo(min(spec)) < 0 ? min(spec) : max;
    }

    private static Duration clamp(Duration d, Duration min, Duration max) {
        return d.compareTo(min) < 0 ? min : d.compareTo(max) > 0 ? max : d;
    }

    /**
     * The schedule's decision.
     *
     * @param interval the regular interval from now on (unchanged by failures)
     * @param dueAt when to poll next
     * @param consecutiveFailures failures in a row, 0 after a success
     */
    public record Next(Duration interval, Instant dueAt, int consecutiveFailures) {}
}
