package io.newsflow.sink.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.broker.TopicSpec;
import io.newsflow.broker.testing.TestKafka;
import io.newsflow.kafka.FilingHeaders;
import io.newsflow.kafka.Topics;
import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.TopicTag;
import io.newsflow.sink.TopicRouter;
import io.newsflow.sink.files.CommittedFile;
import io.newsflow.sink.files.SinkLayout;
import io.newsflow.sink.testing.Articles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the sink process (file sink and topic router in their own JVM) with SIGKILL five times
 * while 20,000 records flow, restarts it each time, and checks that every record is in the files
 * exactly once and in each routed topic exactly once.
 */
class SinkCrashRecoveryIT {
    private static final int RECORDS = 20_000;
    private static final int CHUNK = 500;

    /** 40 chunks over ~40 s, so records keep flowing while the kills happen. */
    private static final Duration CHUNK_PERIOD = Duration.ofMillis(1000);

    private static final int KILLS = 5;
    private static final int PARTITIONS = 3;
    private static final Pattern ARTICLE_ID = Pattern.compile("\"articleId\":\"([^\"]+)\"");

    /** Each sink run's output, kept after the test for diagnosis. */
    private static final Path LOGS = Path.of("target", "sink-crash-it");

    private static final long STARTED = System.nanoTime();

    @TempDir Path temp;
    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void killLeftovers() {
        processes.forEach(Process::destroyForcibly);
    }

    @Test
    void everyRecordLandsExactlyOnceInFilesAndRoutedTopicsDespiteRepeatedSigkills()
            throws Exception {
        Path out = temp.resolve("out");
        Path state = temp.resolve("state");
        Files.createDirectories(LOGS);
        try (var kafka = TestKafka.start(temp.resolve("broker"))) {
            log("broker up");
            var config = SinkProcess.config(kafka.bootstrapServers(), out);
            kafka.createTopics(Topics.DEFAULT, PARTITIONS);
            kafka.createTopics(
                    TopicRouter.targetTopics(config, Topics.DEFAULT).stream()
                            .map(t -> TopicSpec.deleting(t, PARTITIONS, (short) 1))
                            .toList());

            var articles =
                    IntStream.range(0, RECORDS).mapToObj(SinkCrashRecoveryIT::article).toList();
            ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
            try (var producer = producer(kafka.bootstrapServers())) {
                Future<?> produced = produceInChunks(pacer, producer, articles);

                var random = new Random(20_251_122L);
                for (int kill = 1; kill <= KILLS; kill++) {
                    Process sink = startSink(kafka.bootstrapServers(), out, state, kill);
                    int filesBefore = committedFiles(out).size();
                    // Killing right after the first commit would always hit the same spot; a random
                    // number of files (a batch is up to 12) spreads the kills over the run.
                    int progress = 1 + random.nextInt(60);
                    String bootstrap = kafka.bootstrapServers();
                    await("sink run " + kill + " commits " + progress + " file(s) or catches up")
                            .atMost(Duration.ofSeconds(45))
                            .pollInterval(Duration.ofMillis(50 + random.nextInt(150)))
                            .until(
                                    () ->
                                            committedFiles(out).size() >= filesBefore + progress
                                                    || (produced.isDone()
                                                            && filesCover(
                                                                    out, endOffsets(bootstrap))));
                    sink.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                    log("killed sink run " + kill + " after " + progress + " more file(s)");
                }

                Process last = startSink(kafka.bootstrapServers(), out, state, KILLS + 1);
                produced.get(60, TimeUnit.SECONDS);
                var ends = endOffsets(kafka.bootstrapServers());
                await("the last sink run writes everything")
                        .atMost(Duration.ofSeconds(45))
                        .pollInterval(Duration.ofMillis(300))
                        .until(() -> filesCover(out, ends));
                log("files complete: " + filesPerPartition(out) + " files per partition");

                assertRouted(
                        kafka,
                        "news.lang.id-ms",
                        articles,
                        a -> List.of("id", "ms").contains(a.language().code()));
                assertRouted(
                        kafka,
                        "news.topic.politics",
                        articles,
                        a -> a.topics().contains(Articles.politics()));
                assertRouted(
                        kafka,
                        "news.entity.Q30",
                        articles,
                        a -> a.entities().stream().anyMatch(e -> "Q30".equals(e.wikidataId())));
                assertRouted(
                        kafka,
                        "news.source.antara-dunia",
                        articles,
                        a -> a.article().feedId().equals("antara-dunia"));
                log("routed topics complete");

                last.destroy(); // SIGTERM: a clean close
                assertThat(last.waitFor(30, TimeUnit.SECONDS)).isTrue();
            } finally {
                pacer.shutdownNow();
            }

            var inFiles = idsInFiles(out);
            assertThat(inFiles).hasSize(RECORDS).doesNotHaveDuplicates();
            assertThat(inFiles)
                    .containsExactlyInAnyOrderElementsOf(
                            articles.stream().map(EnrichedArticle::articleId).toList());
            assertThat(temporaries(out)).isEmpty();
        }
    }

    private static void log(String what) {
        System.out.printf("%6.1f s  %s%n", (System.nanoTime() - STARTED) / 1e9, what);
    }

    private static EnrichedArticle article(int i) {
        String lang = List.of("id", "ms", "en", "ru").get(i % 4);
        List<TopicTag> topics =
                i % 3 == 0 ? List.of(Articles.politics()) : List.of(Articles.economy());
        List<String> entities = i % 5 == 0 ? List.of("Q30") : List.of("Q252");
        String feed = i % 7 == 0 ? "antara-dunia" : "feed-" + (i % 7);
        Instant published = Instant.parse("2025-08-17T12:00:00Z").plus(Duration.ofDays(i % 3));
        return Articles.article(
                String.format("art-%05d", i),
                lang,
                feed,
                "Source " + feed,
                published,
                topics,
                entities);
    }

    private static Future<?> produceInChunks(
            ScheduledExecutorService pacer,
            KafkaProducer<String, EnrichedArticle> producer,
            List<EnrichedArticle> articles) {
        var next = new AtomicInteger();
        var done = new java.util.concurrent.CompletableFuture<Void>();
        pacer.scheduleAtFixedRate(
                () -> {
                    try {
                        int from = next.getAndAdd(CHUNK);
                        if (from >= articles.size()) {
                            done.complete(null);
                            return;
                        }
                        var sends = new ArrayList<Future<RecordMetadata>>();
                        for (int i = from; i < Math.min(from + CHUNK, articles.size()); i++) {
                            var a = articles.get(i);
                            var record = new ProducerRecord<>(Topics.ENRICHED, a.articleId(), a);
                            if (i % 2 == 1) {
                                // as the processors write them: filed from headers, not JSON
                                FilingHeaders.set(record.headers(), a);
                            }
                            sends.add(producer.send(record));
                        }
                        for (var send : sends) {
                            send.get(30, TimeUnit.SECONDS); // a lost send must fail the test
                        }
                    } catch (Exception e) {
                        done.completeExceptionally(e);
                    }
                },
                0,
                CHUNK_PERIOD.toMillis(),
                TimeUnit.MILLISECONDS);
        return done;
    }

    private static KafkaProducer<String, EnrichedArticle> producer(String bootstrap) {
        var props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return new KafkaProducer<>(
                props,
                Topics.DEFAULT.enriched().keySerde().serializer(),
                Topics.DEFAULT.enriched().valueSerde().serializer());
    }

    private Process startSink(String bootstrap, Path out, Path state, int run) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command =
                List.of(
                        java,
                        "-Xmx256m",
                        // A short-lived JVM on a shared 2-core machine: start fast, stay small.
                        "-XX:TieredStopAtLevel=1",
                        "-XX:+UseSerialGC",
                        "-cp",
                        System.getProperty("java.class.path"),
                        SinkProcess.class.getName(),
                        bootstrap,
                        out.toString(),
                        state.toString());
        Path log = LOGS.resolve("sink-run-" + run + ".log");
        Process process =
                new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile())
                        .start();
        processes.add(process);
        return process;
    }

    private static Map<Integer, Long> endOffsets(String bootstrap) {
        var props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (var consumer =
                new KafkaConsumer<>(
                        props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            var partitions =
                    IntStream.range(0, PARTITIONS)
                            .mapToObj(p -> new TopicPartition(Topics.ENRICHED, p))
                            .toList();
            var ends = new HashMap<Integer, Long>();
            consumer.endOffsets(partitions).forEach((tp, end) -> ends.put(tp.partition(), end));
            return ends;
        }
    }

    /** Whether complete batches in the files reach the end of every partition. */
    private static boolean filesCover(Path out, Map<Integer, Long> ends) throws IOException {
        var reached = new HashMap<Integer, Long>();
        var batches = new HashMap<CommittedFile.Batch, Integer>();
        for (Path file : committedFiles(out)) {
            var name = CommittedFile.parse(file.getFileName().toString()).orElseThrow();
            batches.merge(name.batch(), 1, Integer::sum);
        }
        batches.forEach(
                (batch, files) -> {
                    if (files == batch.count()) {
                        reached.merge(batch.partition(), batch.endOffset() + 1, Math::max);
                    }
                });
        return ends.entrySet().stream()
                .allMatch(
                        e ->
                                e.getValue() == 0
                                        || reached.getOrDefault(e.getKey(), 0L) >= e.getValue());
    }

    private static Map<Integer, Long> filesPerPartition(Path out) throws IOException {
        var counts = new java.util.TreeMap<Integer, Long>();
        for (Path file : committedFiles(out)) {
            counts.merge(
                    CommittedFile.parse(file.getFileName().toString()).orElseThrow().partition(),
                    1L,
                    Long::sum);
        }
        return counts;
    }

    private static List<Path> committedFiles(Path out) throws IOException {
        try (Stream<Path> files = new SinkLayout(out, true).committedFiles()) {
            return files.toList();
        }
    }

    private static List<Path> temporaries(Path out) throws IOException {
        Path dir = out.resolve(SinkLayout.TEMP_DIR);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private static List<String> idsInFiles(Path out) throws IOException {
        var ids = new ArrayList<String>();
        for (Path file : committedFiles(out)) {
            InputStream in = new ByteArrayInputStream(Files.readAllBytes(file));
            if (file.toString().endsWith(".gz")) {
                in = new GZIPInputStream(in);
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isEmpty()) {
                    continue;
                }
                Matcher m = ARTICLE_ID.matcher(line);
                assertThat(m.find()).as("a JSON line with an articleId in %s", file).isTrue();
                ids.add(m.group(1));
                // filed by its date and language, whether read from headers or from the JSON
                var expected = article(Integer.parseInt(m.group(1).substring("art-".length())));
                assertThat(out.relativize(file).toString())
                        .startsWith(
                                "date="
                                        + expected.article()
                                                .publishedAt()
                                                .toString()
                                                .substring(0, 10)
                                        + "/lang="
                                        + expected.language().code()
                                        + "/");
            }
        }
        return ids;
    }

    private static void assertRouted(
            TestKafka kafka,
            String topic,
            List<EnrichedArticle> articles,
            Predicate<EnrichedArticle> rule) {
        var expected = articles.stream().filter(rule).map(EnrichedArticle::articleId).toList();
        var routed =
                kafka.readBytes(topic, expected.size(), Duration.ofSeconds(60)).stream()
                        .map(r -> new String(r.key(), StandardCharsets.UTF_8))
                        .toList();
        assertThat(routed).as(topic).hasSize(expected.size()).doesNotHaveDuplicates();
        assertThat(routed).as(topic).containsExactlyInAnyOrderElementsOf(expected);
    }
}
