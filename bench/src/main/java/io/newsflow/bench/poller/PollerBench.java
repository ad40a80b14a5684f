package io.newsflow.bench.poller;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.config.PollerConfig;
import io.newsflow.ingest.poll.ArticleSink;
import io.newsflow.ingest.poll.FeedPoller;
import io.newsflow.ingest.poll.StateSink;
import io.newsflow.model.FeedSpec;
import io.newsflow.model.FeedState;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Polls {@code --feeds} local feeds spread over {@code --hosts} loopback addresses with the real
 * poller (conditional GET, caps, per-host politeness, parsing, dedup, state) and reports feeds per
 * minute, CPU seconds per 1,000 polls and peak heap — next to bare HTTP fetches of the same feeds
 * (same client, same server, no parsing, no politeness) measured in the same run. Articles go to a
 * counting sink: this measures the poller, not Kafka (see docs/poller.md for the producer's cost).
 *
 * <pre>
 * java -Xmx256m -cp … io.newsflow.bench.poller.PollerBench --feeds 2000 --hosts 250 --seconds 30
 * </pre>
 */
public final class PollerBench {
    public static void main(String[] args) throws Exception {
        int feeds = intArg(args, "--feeds", 2000);
        int hosts = intArg(args, "--hosts", 250);
        int seconds = intArg(args, "--seconds", 30);
        int warmup = intArg(args, "--warmup", 10);
        int concurrency = intArg(args, "--concurrency", 32);
        int gapMs = intArg(args, "--host-gap-ms", 20);

        try (var server = new BenchFeedServer(feeds, 8)) {
            List<String> urls = new java.util.ArrayList<>();
            for (int i = 0; i < feeds; i++) {
                int host = 2 + i % hosts;
                urls.add(
                        "http://127.0."
                                + (host / 256)
                                + "."
                                + (host % 256)
                                + ":"
                                + server.port()
                                + "/f/"
                                + i);
            }
            System.out.printf(
                    Locale.ROOT,
                    "%d feeds on %d loopback hosts, half 304 (ETag), half 200 with 20 items (1 new per poll)%n",
                    feeds,
                    hosts);
            System.out.printf(
                    Locale.ROOT,
                    "cores %d, max heap %d MiB, concurrency %d, host gap %d ms%n",
                    Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() >> 20,
                    concurrency,
                    gapMs);

            Result poller = poller(urls, server, concurrency, gapMs, warmup, seconds);
            print("newsflow poller (everything)", poller);
            Result bare = bareFetches(urls, server, concurrency, warmup / 2, seconds / 2);
            print("bare HTTP fetch (no parse, no politeness)", bare);
            System.out.printf(
                    Locale.ROOT,
                    "ratio poller/bare: throughput %.2f, client CPU per poll %.2f%n",
                    poller.perMinute() / bare.perMinute(),
                    poller.clientCpuPer1000() / bare.clientCpuPer1000());
        }
        System.exit(0);
    }

    record Result(
            long polls,
            double seconds,
            double clientCpu,
            double serverCpu,
            long peakHeapBytes,
            long published) {
        double perMinute() {
            return polls / seconds * 60;
        }

        double clientCpuPer1000() {
            return clientCpu / polls * 1000;
        }
    }

    private static void print(String label, Result r) {
        System.out.printf(
                Locale.ROOT,
                "%-44s %,9.0f feeds/min  client CPU %.3f s/1000 polls (server %.3f)  peak heap %d MiB  polls %,d  items published %,d%n",
                label,
                r.perMinute(),
                r.clientCpuPer1000(),
                r.serverCpu / r.polls * 1000,
                r.peakHeapBytes >> 20,
                r.polls,
                r.published);
    }

    private static Result poller(
            List<String> urls,
            BenchFeedServer server,
            int concurrency,
            int gapMs,
            int warmup,
            int seconds)
            throws InterruptedException {
        var config =
                PollerConfig.builder()
                        .intervals(
                                Duration.ofMillis(50),
                                Duration.ofMillis(50),
                                Duration.ofMillis(200))
                        .retryBase(Duration.ofMillis(100))
                        .requestTimeout(Duration.ofSeconds(10))
                        .hostGap(Duration.ofMillis(gapMs))
                        .concurrency(concurrency)
                        .build();
        var registry = new SimpleMeterRegistry();
        var published = new AtomicLong();
        ArticleSink articles = (feedId, batch) -> published.addAndGet(batch.size());
        var states = new ConcurrentHashMap<String, FeedState>();
        StateSink stateSink = s -> states.put(s.feedId(), s);
        try (FeedPoller poller =
                FeedPoller.create(
                                config,
                                articles,
                                stateSink,
                                registry,
                                Clock.systemUTC(),
                                new SplittableRandom(1))
                        .start()) {
            for (int i = 0; i < urls.size(); i++) {
                poller.upsert(
                        new FeedSpec("f" + i, urls.get(i), null, null, null, null, null, true),
                        null);
            }
            TimeUnit.SECONDS.sleep(warmup);
            resetPeaks();
            long polls0 = polls(registry);
            long published0 = published.get();
            double cpu0 = processCpu();
            double server0 = server.cpuSeconds();
            long t0 = System.nanoTime();
            TimeUnit.SECONDS.sleep(seconds);
            long polls = polls(registry) - polls0;
            double elapsed = (System.nanoTime() - t0) / 1e9;
            double serverCpu = server.cpuSeconds() - server0;
            double clientCpu = processCpu() - cpu0 - serverCpu;
            long failures =
                    (long)
                            registry.find("newsflow.feed.failures").counters().stream()
                                    .mapToDouble(Counter::count)
                                    .sum();
            if (failures > 0) {
                System.out.println("warning: " + failures + " failed polls during the run");
            }
            return new Result(
                    polls, elapsed, clientCpu, serverCpu, peakHeap(), published.get() - published0);
        }
    }

    /** The same feeds fetched by a plain HttpClient loop: the floor of what a poll can cost. */
    private static Result bareFetches(
            List<String> urls, BenchFeedServer server, int concurrency, int warmup, int seconds)
            throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        var etags = new ConcurrentHashMap<Integer, String>();
        var next = new AtomicInteger();
        var count = new AtomicLong();
        var stop = new AtomicBoolean();
        var done = new CountDownLatch(concurrency);
        for (int t = 0; t < concurrency; t++) {
            Thread thread =
                    new Thread(
                            () -> {
                                while (!stop.get()) {
                                    int i = Math.floorMod(next.getAndIncrement(), urls.size());
                                    var request =
                                            HttpRequest.newBuilder(URI.create(urls.get(i))).GET();
                                    String etag = etags.get(i);
                                    if (etag != null) {
                                        request.header("If-None-Match", etag);
                                    }
                                    try {
                                        HttpResponse<byte[]> r =
                                                client.send(
                                                        request.build(),
                                                        HttpResponse.BodyHandlers.ofByteArray());
                                        r.headers()
                                                .firstValue("ETag")
                                                .ifPresent(e -> etags.put(i, e));
                                        count.incrementAndGet();
                                    } catch (Exception e) {
                                        // counted as not done
                                    }
                                }
                                done.countDown();
                            },
                            "bare-fetch-" + t);
            thread.setDaemon(true);
            thread.start();
        }
        TimeUnit.SECONDS.sleep(warmup);
        resetPeaks();
        long c0 = count.get();
        double cpu0 = processCpu();
        double server0 = server.cpuSeconds();
        long t0 = System.nanoTime();
        TimeUnit.SECONDS.sleep(seconds);
        long polls = count.get() - c0;
        double elapsed = (System.nanoTime() - t0) / 1e9;
        double serverCpu = server.cpuSeconds() - server0;
        double clientCpu = processCpu() - cpu0 - serverCpu;
        long heap = peakHeap();
        stop.set(true);
        done.await(10, TimeUnit.SECONDS);
        return new Result(polls, elapsed, clientCpu, serverCpu, heap, 0);
    }

    private static long polls(SimpleMeterRegistry registry) {
        return (long)
                registry.find("newsflow.feed.polls").counters().stream()
                        .mapToDouble(Counter::count)
                        .sum();
    }

    private static double processCpu() {
        var os =
                (com.sun.management.OperatingSystemMXBean)
                        ManagementFactory.getOperatingSystemMXBean();
        return os.getProcessCpuTime() / 1e9;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static int intArg(String[] args, String name, int fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }
}
