package io.newsflow.bench;

import io.newsflow.app.runtime.ConsumerLag;
import io.newsflow.app.runtime.Lifecycle;
import io.newsflow.bench.corpus.BenchCorpus;
import io.newsflow.config.KafkaConfig;
import io.newsflow.config.NewsflowConfig;
import io.newsflow.ingest.replay.Replayer;
import io.newsflow.kafka.Topics;
import io.newsflow.model.RawArticle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Runs one contender on its own topics of the shared broker: the bulk phase, then the latency
 * phase. End-to-end latency is measured in this JVM from the raw record's Kafka timestamp (set by
 * the producer at send, carried over by Streams to the output record) to the moment a {@code
 * read_committed} consumer receives the output record.
 */
final class ContenderRun {
    private static final Duration POLL_LAG = Duration.ofMillis(250);

    private final BenchSettings settings;
    private final String bootstrap;
    private final Progress progress;

    ContenderRun(BenchSettings settings, String bootstrap, Progress progress) {
        this.settings = settings;
        this.bootstrap = bootstrap;
        this.progress = progress;
    }

    /** {@code num.stream.threads} from the settings, then the {@link StreamsOverrides}. */
    private java.util.Map<String, String> streamsProperties() {
        var props = new java.util.TreeMap<String, String>();
        props.put("num.stream.threads", Integer.toString(settings.streamThreads()));
        props.putAll(StreamsOverrides.fromSystemProperties());
        return java.util.Map.copyOf(props);
    }

    ContenderResult run(Contender contender, String name, long articles, boolean latencyPhase)
            throws Exception {
        Topics topics = Topics.withPrefix("bench-" + name + ".");
        NewsflowConfig config =
                NewsflowConfig.defaults()
                        .withKafka(
                                new KafkaConfig(
                                        bootstrap,
                                        "bench-" + name + ".",
                                        settings.partitions(),
                                        (short) 1,
                                        "bench-" + name,
                                        null))
                        .withBroker(
                                NewsflowConfig.defaults()
                                        .broker()
                                        .withDataDir(settings.dataDir().resolve(name)));
        Lifecycle.ensureTopics(config, bootstrap, List.of());
        // Only the Streams application reads kafka.properties here; set after creating topics so
        // the admin client is not handed a Streams-only setting.
        config =
                config.withKafka(
                        new KafkaConfig(
                                bootstrap,
                                config.kafka().topicPrefix(),
                                settings.partitions(),
                                (short) 1,
                                config.kafka().applicationId(),
                                streamsProperties()));
        var generator = new BenchCorpus(settings.seed()).generator();
        try (var memory = new MemorySampler();
                var app = contender.start(config, bootstrap, topics);
                Admin admin = admin();
                Producer<String, RawArticle> producer =
                        Replayer.producer(bootstrap, java.util.Map.of(), topics.raw())) {
            if (!app.awaitRunning(Duration.ofSeconds(120))) {
                throw new IllegalStateException(name + ": Streams did not reach RUNNING in 2 min");
            }
            var failure = new AtomicReference<Exception>();

            // Bulk phase: publish everything as fast as the producer goes; the clock runs until
            // the application has committed its position past the last record.
            long start = System.nanoTime();
            var cpuWindow = CpuUse.start();
            for (long i = 0; i < articles; i++) {
                send(producer, topics, generator.next(), failure);
                if ((i & 1023) == 0) {
                    progress.update(name + " publish", i, articles);
                }
            }
            producer.flush();
            check(failure);
            double replaySeconds = seconds(System.nanoTime() - start);
            awaitProcessed(admin, app, name, articles);
            CpuUse cpu = cpuWindow.end(articles);
            double processSeconds = seconds(System.nanoTime() - start);
            progress.done(
                    String.format(
                            "%s: %,d articles published in %.1f s, processed in %.1f s (%,.0f/s);"
                                    + " %,.0f µs CPU per article, %.2f cores busy",
                            name,
                            articles,
                            replaySeconds,
                            processSeconds,
                            articles / processSeconds,
                            cpu.microsPerRecord(),
                            cpu.coresBusy()));

            var latencies = new Latencies();
            int rate = 0;
            if (latencyPhase) {
                rate = settings.rate();
                measureLatency(producer, topics, generator, failure, admin, app, name, latencies);
            }
            return new ContenderResult(
                    name,
                    articles,
                    round(replaySeconds),
                    round(processSeconds),
                    Math.round(articles / processSeconds),
                    Math.round(cpu.microsPerRecord()),
                    round(cpu.coresBusy()),
                    rate,
                    latencies.count(),
                    latencies.percentile(50),
                    latencies.percentile(95),
                    latencies.percentile(99),
                    latencies.percentile(100),
                    memory.peakHeapMiB(),
                    memory.peakRssMiB());
        }
    }

    private void measureLatency(
            Producer<String, RawArticle> producer,
            Topics topics,
            BenchCorpus.Generator generator,
            AtomicReference<Exception> failure,
            Admin admin,
            Contender.Running app,
            String name,
            Latencies latencies)
            throws Exception {
        long count = (long) settings.rate() * settings.latencySeconds();
        try (var consumer = outputConsumer(topics)) {
            var reader =
                    new Thread(
                            () -> {
                                while (!Thread.currentThread().isInterrupted()) {
                                    try {
                                        var records = consumer.poll(Duration.ofMillis(50));
                                        long now = System.currentTimeMillis();
                                        records.forEach(r -> latencies.add(now - r.timestamp()));
                                    } catch (org.apache.kafka.common.errors.WakeupException
                                            | org.apache.kafka.common.errors.InterruptException e) {
                                        return;
                                    }
                                }
                            },
                            "bench-latency-reader");
            reader.start();
            long interval = TimeUnit.SECONDS.toNanos(1) / settings.rate();
            long start = System.nanoTime();
            for (long i = 0; i < count; i++) {
                long due = start + i * interval;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                send(producer, topics, generator.next(), failure);
                if (i % settings.rate() == 0) {
                    progress.update(name + " latency @" + settings.rate() + "/s", i, count);
                }
            }
            producer.flush();
            check(failure);
            awaitProcessed(admin, app, name + " latency", count);
            // Output of the last transaction becomes readable a moment after the commit.
            long quietUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
            while (System.nanoTime() < quietUntil) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
            }
            consumer.wakeup();
            reader.join(5_000);
            progress.done(
                    String.format(
                            "%s: latency at %d/s over %,d records: p50 %d ms, p95 %d ms, p99 %d ms",
                            name,
                            settings.rate(),
                            latencies.count(),
                            latencies.percentile(50),
                            latencies.percentile(95),
                            latencies.percentile(99)));
        }
    }

    /**
     * Waits until the application has committed its position to the end of every topic it reads
     * (for the pipeline: raw, the identity ledger's and the enrich repartition topics).
     */
    private void awaitProcessed(Admin admin, Contender.Running app, String name, long total)
            throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (System.nanoTime() < deadline) {
            long lag = ConsumerLag.of(admin, app.applicationId(), app.inputTopics());
            if (lag == 0) {
                return;
            }
            progress.update(name + " process", Math.max(0, total - lag), total);
            LockSupport.parkNanos(POLL_LAG.toNanos());
        }
        throw new IllegalStateException(name + ": not processed within 10 minutes");
    }

    private static void send(
            Producer<String, RawArticle> producer,
            Topics topics,
            RawArticle article,
            AtomicReference<Exception> failure) {
        producer.send(
                new ProducerRecord<>(topics.raw().name(), article.articleId(), article),
                (metadata, error) -> {
                    if (error != null) {
                        failure.compareAndSet(null, error);
                    }
                });
    }

    private static void check(AtomicReference<Exception> failure) {
        if (failure.get() != null) {
            throw new IllegalStateException("publishing failed", failure.get());
        }
    }

    private KafkaConsumer<byte[], byte[]> outputConsumer(Topics topics) {
        var props = new HashMap<String, Object>();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "bench-latency-reader");
        var consumer =
                new KafkaConsumer<>(
                        props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        var partitions = new ArrayList<TopicPartition>();
        for (String topic : List.of(topics.enriched().name(), topics.dlq().name())) {
            consumer.partitionsFor(topic)
                    .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return consumer;
    }

    private Admin admin() {
        return Admin.create(
                java.util.Map.<String, Object>of(
                        AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
