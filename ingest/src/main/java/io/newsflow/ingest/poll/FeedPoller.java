package io.newsflow.ingest.poll;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.config.PollerConfig;
import io.newsflow.ingest.feed.FeedParser;
import io.newsflow.ingest.fetch.HttpFetcher;
import io.newsflow.model.FeedSpec;
import io.newsflow.model.FeedState;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls a changing set of feeds, each when it is due: one scheduler thread picks due feeds in time
 * order and hands them to a fixed pool of {@code concurrency} workers, holding a feed back while
 * its host is busy or inside its minimum gap (at most one request per host at a time). Feeds are
 * added and removed while it runs (by the consumer-group assignment); {@link #awaitIdle} lets a
 * rebalance wait until the feeds it gives away are no longer being polled.
 */
public final class FeedPoller implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(FeedPoller.class);
    private static final Duration MAX_FIRST_POLL_SPREAD = Duration.ofSeconds(30);

    private final PollerConfig config;
    private final FeedPollTask task;
    private final StateSink states;
    private final Schedule schedule;
    private final PollerMetrics metrics;
    private final Clock clock;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Map<String, Tracked> feeds = new HashMap<>();
    private final Map<String, Host> hosts = new HashMap<>();
    private final PriorityQueue<Due> queue =
            new PriorityQueue<>(Comparator.comparing(Due::at).thenComparing(Due::feedId));
    private final ExecutorService workers;
    private final Thread scheduler;
    private final java.util.Set<String> inFlightIds = new java.util.HashSet<>();
    private int inFlight;
    private volatile boolean running;

    FeedPoller(
            PollerConfig config,
            FeedPollTask task,
            StateSink states,
            Schedule schedule,
            PollerMetrics metrics,
            Clock clock) {
        this.config = config;
        this.task = task;
        this.states = states;
        this.schedule = schedule;
        this.metrics = metrics;
        this.clock = clock;
        var threads = new AtomicInteger();
        this.workers =
                Executors.newFixedThreadPool(
                        config.concurrency(),
                        r -> {
                            Thread t = new Thread(r, "newsflow-poll-" + threads.incrementAndGet());
                            t.setDaemon(true);
                            return t;
                        });
        this.scheduler = new Thread(this::schedulerLoop, "newsflow-poll-scheduler");
        this.scheduler.setDaemon(true);
    }

    /** A poller publishing to {@code articles} and remembering into {@code states}. */
    public static FeedPoller create(
            PollerConfig config,
            ArticleSink articles,
            StateSink states,
            MeterRegistry registry,
            Clock clock,
            RandomGenerator random) {
        var metrics = new PollerMetrics(registry);
        var schedule = new Schedule(config, random);
        var task =
                new FeedPollTask(
                        config,
                        new HttpFetcher(config, clock),
                        new FeedParser(),
                        articles,
                        schedule,
                        metrics,
                        clock);
        return new FeedPoller(config, task, states, schedule, metrics, clock);
    }

    public FeedPoller start() {
        running = true;
        scheduler.start();
        return this;
    }

    /**
     * Starts polling a feed, or updates its subscription. {@code known} is its remembered state
     * (null for a new feed). A feed already overdue is spread over a short window, not all at once.
     */
    public void upsert(FeedSpec spec, FeedState known) {
        lock.lock();
        try {
            if (!spec.enabled()) {
                removeLocked(spec.feedId());
                return;
            }
            Instant now = clock.instant();
            Tracked t = feeds.get(spec.feedId());
            if (t == null) {
                FeedState state = reconcile(spec, known);
                if (state.nextPollAt() == null || state.nextPollAt().isBefore(now)) {
                    state = state.withNextPollAt(schedule.firstPoll(now, spread()));
                }
                t = new Tracked(spec, state);
                feeds.put(spec.feedId(), t);
                enqueue(t, state.nextPollAt());
                metrics.assigned(feeds.size());
            } else {
                boolean moved = !spec.url().equals(t.spec.url());
                t.spec = spec;
                if (moved && !t.inFlight) {
                    t.state = reconcile(spec, t.state);
                    enqueue(t, now);
                }
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Stops polling these feeds; a poll already running finishes (see {@link #awaitIdle}). */
    public void remove(Collection<String> feedIds) {
        lock.lock();
        try {
            feedIds.forEach(this::removeLocked);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Waits until none of these feeds is being polled; false if the timeout passed first. */
    public boolean awaitIdle(Collection<String> feedIds, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (feedIds.stream().anyMatch(inFlightIds::contains)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                changed.awaitNanos(left);
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            lock.unlock();
        }
    }

    public Optional<FeedState> state(String feedId) {
        lock.lock();
        try {
            Tracked t = feeds.get(feedId);
            return t == null ? Optional.empty() : Optional.of(t.state);
        } finally {
            lock.unlock();
        }
    }

    public List<String> feedIds() {
        lock.lock();
        try {
            return List.copyOf(feeds.keySet());
        } finally {
            lock.unlock();
        }
    }

    private void schedulerLoop() {
        while (running) {
            lock.lock();
            try {
                dispatchDue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error("poll scheduler error; continuing", e);
            } finally {
                lock.unlock();
            }
        }
    }

    /** One step of the scheduler, under the lock: dispatch the earliest due feed or wait. */
    private void dispatchDue() throws InterruptedException {
        Due due = queue.peek();
        if (due == null) {
            changed.await(1, TimeUnit.SECONDS);
            return;
        }
        Tracked t = feeds.get(due.feedId());
        if (t == null || t.generation != due.generation()) {
            queue.poll();
            return;
        }
        Instant now = clock.instant();
        if (due.at().isAfter(now)) {
            long wait = Math.min(Duration.between(now, due.at()).toNanos(), 1_000_000_000L);
            changed.awaitNanos(Math.max(wait, 100_000L));
            return;
        }
        if (inFlight >= config.concurrency()) {
            changed.await(1, TimeUnit.SECONDS);
            return;
        }
        queue.poll();
        String hostName = t.host();
        Host host = hosts.computeIfAbsent(hostName, h -> new Host());
        if (host.busy) {
            host.waiting.add(t.spec.feedId());
            return;
        }
        if (host.nextAllowed.isAfter(now)) {
            enqueue(t, host.nextAllowed);
            return;
        }
        host.busy = true;
        t.inFlight = true;
        inFlight++;
        inFlightIds.add(t.spec.feedId());
        FeedSpec spec = t.spec;
        FeedState state = t.state;
        workers.execute(() -> pollAndReschedule(t, spec, state, host));
    }

    private void pollAndReschedule(Tracked t, FeedSpec spec, FeedState state, Host host) {
        FeedState next;
        OutOfMemoryError outOfMemory = null;
        try {
            // The task turns every failure, Errors included, into a recorded failed poll; what
            // still arrives here is a bug in that handling or the JVM running out of memory.
            next = task.poll(spec, state);
        } catch (OutOfMemoryError e) {
            // Not swallowed: the feed is rescheduled and this host freed, then the Error goes on to
            // the worker thread's uncaught-exception handler (the pool replaces the thread).
            outOfMemory = e;
            next = state.withNextPollAt(clock.instant().plus(config.retryBase()));
        } catch (RuntimeException | Error e) {
            log.error(
                    "feed={} url={} poll crashed — a bug; retrying after {}",
                    spec.feedId(),
                    state.url() != null ? state.url() : spec.url(),
                    config.retryBase(),
                    e);
            next = state.withNextPollAt(clock.instant().plus(config.retryBase()));
        }
        try {
            states.save(next);
        } catch (RuntimeException e) {
            log.error("feed={} state not saved: {}", spec.feedId(), e.toString());
        }
        lock.lock();
        try {
            inFlight--;
            inFlightIds.remove(spec.feedId());
            t.inFlight = false;
            host.busy = false;
            host.nextAllowed = clock.instant().plus(config.hostGap());
            if (feeds.get(spec.feedId()) == t) {
                t.state = next;
                if (!spec.url().equals(t.spec.url())) {
                    t.state = reconcile(t.spec, next);
                    enqueue(t, clock.instant());
                } else {
                    enqueue(t, next.nextPollAt());
                }
            }
            wakeWaiting(host);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        if (outOfMemory != null) {
            throw outOfMemory;
        }
    }

    private void wakeWaiting(Host host) {
        while (!host.waiting.isEmpty()) {
            Tracked waiting = feeds.get(host.waiting.poll());
            if (waiting != null && !waiting.inFlight) {
                enqueue(waiting, host.nextAllowed);
                return;
            }
        }
    }

    private void enqueue(Tracked t, Instant at) {
        t.generation++;
        queue.add(new Due(at, t.spec.feedId(), t.generation));
    }

    private void removeLocked(String feedId) {
        Tracked t = feeds.remove(feedId);
        if (t != null) {
            t.generation++;
            metrics.assigned(feeds.size());
        }
    }

    private Duration spread() {
        return config.minInterval().compareTo(MAX_FIRST_POLL_SPREAD) < 0
                ? config.minInterval()
                : MAX_FIRST_POLL_SPREAD;
    }

    /** The remembered state made to fit the subscription: a changed URL drops an old redirect. */
    static FeedState reconcile(FeedSpec spec, FeedState known) {
        if (known == null) {
            return FeedState.initial(spec.feedId(), spec.url(), null);
        }
        boolean subscriptionChanged =
                known.subscribedUrl() != null && !known.subscribedUrl().equals(spec.url());
        if (known.url() != null && !subscriptionChanged) {
            return known;
        }
        return new FeedState(
                known.schemaVersion(),
                known.feedId(),
                spec.url(),
                null,
                null,
                known.nextPollAt(),
                known.intervalSeconds(),
                known.consecutiveFailures(),
                known.lastError(),
                known.lastAttemptAt(),
                known.lastSuccessAt(),
                known.itemsPublished(),
                known.recentItemKeys(),
                spec.url());
    }

    @Override
    public void close() {
        running = false;
        lock.lock();
        try {
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        workers.shutdown();
        try {
            scheduler.join(2000);
            if (!workers.awaitTermination(
                    config.requestTimeout().toMillis() + 2000, TimeUnit.MILLISECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            workers.shutdownNow();
        }
        states.flush();
    }

    private record Due(Instant at, String feedId, long generation) {}

    /** A feed being polled by this instance. Guarded by the poller's lock. */
    private static final class Tracked {
        FeedSpec spec;
        FeedState state;
        boolean inFlight;
        long generation;

        Tracked(FeedSpec spec, FeedState state) {
            this.spec = spec;
            this.state = state;
        }

        String host() {
            String url = state.url() != null ? state.url() : spec.url();
            try {
                String h = URI.create(url).getHost();
                return h == null ? url : h.toLowerCase(Locale.ROOT);
            } catch (IllegalArgumentException e) {
                return url;
            }
        }
    }

    /** Politeness per host. Guarded by the poller's lock. */
    private static final class Host {
        boolean busy;
        Instant nextAllowed = Instant.EPOCH;
        final ArrayDeque<String> waiting = new ArrayDeque<>();
    }
}
