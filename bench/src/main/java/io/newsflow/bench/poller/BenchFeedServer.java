package io.newsflow.bench.poller;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * Serves {@code feeds} RSS 2.0 feeds at {@code /f/<n>} on 0.0.0.0 (so 127.0.0.2, 127.0.0.3 … all
 * reach it). Even feeds never change and answer 304 to their ETag; odd feeds always answer 200 with
 * 20 items whose window moves by one item per request (one new item per poll). Its own threads are
 * tracked so their CPU can be subtracted from the process's.
 */
final class BenchFeedServer implements AutoCloseable {
    private static final int ITEMS = 20;
    private final HttpServer server;
    private final ExecutorService executor;
    private final List<Thread> threads = new CopyOnWriteArrayList<>();
    private final AtomicIntegerArray requests;
    private final byte[][] items = new byte[1000][];
    private final byte[] head;
    private final byte[] tail;

    BenchFeedServer(int feeds, int threadCount) throws IOException {
        requests = new AtomicIntegerArray(feeds);
        var counter = new AtomicInteger();
        executor =
                Executors.newFixedThreadPool(
                        threadCount,
                        r -> {
                            Thread t = new Thread(r, "bench-server-" + counter.incrementAndGet());
                            t.setDaemon(true);
                            threads.add(t);
                            return t;
                        });
        DateTimeFormatter rfc = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
        Instant base = Instant.parse("2025-11-01T00:00:00Z");
        for (int i = 0; i < items.length; i++) {
            String item =
                    "<item><title>Berita nomor "
                            + i
                            + ": pemerintah dan DPR membahas anggaran</title>"
                            + "<link>https://bench.example/artikel/"
                            + i
                            + "?utm_source=rss</link><guid>bench-"
                            + i
                            + "</guid><pubDate>"
                            + rfc.format(base.plusSeconds(600L * i))
                            + "</pubDate><category>Nasional</category>"
                            + "<description><![CDATA[<p>Ringkasan berita nomor "
                            + i
                            + " tentang pembahasan anggaran negara oleh pemerintah dan DPR.</p>"
                            + "<p>Para menteri hadir &amp; memberi keterangan.</p>]]></description></item>\n";
            items[i] = item.getBytes(StandardCharsets.UTF_8);
        }
        head =
                ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
                                + "<title>Bench feed</title><link>https://bench.example/</link>"
                                + "<description>benchmark</description><language>id</language>\n")
                        .getBytes(StandardCharsets.UTF_8);
        tail = "</channel></rss>\n".getBytes(StandardCharsets.UTF_8);
        server = HttpServer.create(new InetSocketAddress("0.0.0.0", 0), 1024);
        server.setExecutor(executor);
        server.createContext("/f/", this::handle);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    static boolean changes(int feed) {
        return feed % 2 == 1;
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            int feed = Integer.parseInt(path.substring(3));
            int n = requests.getAndIncrement(feed);
            var h = ex.getResponseHeaders();
            h.set("Content-Type", "application/rss+xml; charset=utf-8");
            if (!changes(feed)) {
                String etag = "\"static-" + feed + "\"";
                h.set("ETag", etag);
                if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                    ex.sendResponseHeaders(304, -1);
                    return;
                }
            }
            int start = (feed * 7 + (changes(feed) ? n : 0)) % (items.length - ITEMS);
            int length = head.length + tail.length;
            for (int j = 0; j < ITEMS; j++) {
                length += items[start + j].length;
            }
            ex.sendResponseHeaders(200, length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(head);
                for (int j = 0; j < ITEMS; j++) {
                    out.write(items[start + j]);
                }
                out.write(tail);
            }
        }
    }

    /** CPU seconds used so far by the server's threads. */
    double cpuSeconds() {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long nanos = 0;
        for (Thread t : threads) {
            long c = mx.getThreadCpuTime(t.getId());
            if (c > 0) {
                nanos += c;
            }
        }
        return nanos / 1e9;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
