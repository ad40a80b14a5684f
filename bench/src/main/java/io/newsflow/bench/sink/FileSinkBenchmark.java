package io.newsflow.bench.sink;

import io.newsflow.broker.EmbeddedKafka;
import io.newsflow.broker.TopicAdmin;
import io.newsflow.broker.TopicSpec;
import io.newsflow.config.KafkaConfig;
import io.newsflow.config.NewsflowConfig;
import io.newsflow.config.SinkConfig;
import io.newsflow.kafka.FilingHeaders;
import io.newsflow.kafka.Topics;
import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.Entity;
import io.newsflow.model.EntityType;
import io.newsflow.model.Language;
import io.newsflow.model.Origin;
import io.newsflow.model.RawArticle;
import io.newsflow.model.TopicTag;
import io.newsflow.sink.FileSink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * File sink throughput against a bare consumer reading the same topic in the same run, on the
 * embedded broker. Both read everything from the start of the topic with {@code read_committed}
 * under a fresh group; the sink's time runs until {@link FileSink#close()} returns, i.e. until
 * every record is in a committed, fsynced file. Rounds alternate bare/sink; medians are printed.
 *
 * <p>{@code FileSinkBenchmark [records=200000] [partitions=6] [rounds=3] [gzip=false]
 * [headers=true]}: with {@code headers=false} the records lack the {@link FilingHeaders} the
 * processors put on them, so the sink files them from their JSON.
 */
public final class FileSinkBenchmark {
    private FileSinkBenchmark() {}

    public static void main(String[] args) throws Exception {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int partitions = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        boolean gzip = args.length > 3 && Boolean.parseBoolean(args[3]);
        boolean headers = args.length <= 4 || Boolean.parseBoolean(args[4]);
        Path work = Files.createTempDirectory("sink-bench");
        var settings =
                new EmbeddedKafka.Settings(
                        work.resolve("broker"),
                        "localhost",
                        0,
                        0,
                        Map.of("log.cleaner.dedupe.buffer.size", "16777216"));
        try (var broker = EmbeddedKafka.start(settings)) {
            String bootstrap = broker.bootstrapServers();
            try (var admin = new TopicAdmin(bootstrap, Map.of())) {
                admin.ensureTopics(
                        List.of(TopicSpec.deleting(Topics.ENRICHED, partitions, (short) 1)),
                        Duration.ofSeconds(60));
            }
            long bytes = produce(bootstrap, records, headers);
            System.out.printf(
                    "topic %s: %,d records, %,d value bytes (%.0f B/record), %d partitions, gzip=%s,"
                            + " filing headers=%s%n",
                    Topics.ENRICHED,
                    records,
                    bytes,
                    (double) bytes / records,
                    partitions,
                    gzip,
                    headers);

            var bare = new ArrayList<Double>();
            var sink = new ArrayList<Double>();
            var commit = new ArrayList<Double>();
            var disk = new ArrayList<Double>();
            for (int round = 1; round <= rounds; round++) {
                double b = bareConsumer(bootstrap, records);
                SinkTimes s = fileSink(bootstrap, records, work.resolve("out-" + round), gzip);
                double d = diskOnly(work.resolve("disk-" + round), bytes + records);
                bare.add(b);
                sink.add(s.total());
                commit.add(s.lastCommit());
                disk.add(d);
                System.out.printf(
                        "round %d: bare consumer %.2f s, file sink %.2f s (of which %.2f s closing"
                                + " after every record was appended), disk write+fsync of the"
                                + " same bytes %.2f s%n",
                        round, b, s.total(), s.lastCommit(), d);
            }
            double b = median(bare);
            double s = median(sink);
            double c = median(commit);
            double d = median(disk);
            double mb = bytes / 1e6;
            System.out.printf("bare consumer: %,.0f records/s, %.1f MB/s%n", records / b, mb / b);
            System.out.printf(
                    "file sink:     %,.0f records/s, %.1f MB/s; close after the last record %.2f s%n",
                    records / s, mb / s, c);
            System.out.printf(
                    "disk alone:    %.1f MB/s (writing and fsyncing the uncompressed bytes, no Kafka)%n",
                    mb / d);
            System.out.printf("file sink / bare consumer = %.2f (target >= 0.70)%n", b / s);
            System.out.printf("file sink / disk alone    = %.2f%n", d / s);
        } finally {
            deleteTree(work);
        }
    }

    /** Seconds for a bare consumer to read every record. */
    private static double bareConsumer(String bootstrap, int records) {
        var props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-bare-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1000);
        long start = System.nanoTime();
        long seen = 0;
        long checksum = 0;
        try (var consumer =
                new KafkaConsumer<>(
                        props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.ENRICHED));
            while (seen < records) {
                for (var r : consumer.poll(Duration.ofMillis(100))) {
                    seen++;
                    checksum += r.value().length; // touch the value as the sink does
                }
            }
        }
        if (checksum == 0) {
            throw new IllegalStateException("read nothing");
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * Seconds for the file sink to put every record into committed files, and of those the seconds
     * from the last record appended until {@code close()} returned: the end of the current poll,
     * the final commit (with the default roll limits the only one, so it fsyncs whatever is still
     * unflushed) and leaving the group.
     */
    private record SinkTimes(double total, double lastCommit) {}

    private static SinkTimes fileSink(String bootstrap, int records, Path out, boolean gzip)
            throws Exception {
        var config =
                NewsflowConfig.defaults()
                        .withKafka(
                                new KafkaConfig(
                                        bootstrap,
                                        null,
                                        null,
                                        null,
                                        "bench-" + UUID.randomUUID(),
                                        null))
                        .withSink(SinkConfig.defaults().withOutDir(out).withGzip(gzip));
        var sink = new FileSink(config, bootstrap, Topics.DEFAULT);
        var thread = new Thread(sink::run, "bench-file-sink");
        long start = System.nanoTime();
        thread.start();
        while (sink.recordsAppended() < records) {
            TimeUnit.MILLISECONDS.sleep(5);
        }
        long appended = System.nanoTime();
        sink.close(); // commits: fsync + rename of every open file
        long end = System.nanoTime();
        thread.join();
        if (sink.recordsWritten() != records) {
            throw new IllegalStateException(
                    "the sink wrote " + sink.recordsWritten() + " of " + records + " records");
        }
        deleteTree(out);
        return new SinkTimes((end - start) / 1e9, (end - appended) / 1e9);
    }

    /** Seconds to write and fsync this many bytes in 64 KiB writes: the disk's own ceiling. */
    private static double diskOnly(Path file, long bytes) throws IOException {
        var buffer = java.nio.ByteBuffer.allocate(64 * 1024);
        new Random(7).nextBytes(buffer.array());
        long start = System.nanoTime();
        try (var channel =
                java.nio.channels.FileChannel.open(
                        file,
                        java.nio.file.StandardOpenOption.CREATE_NEW,
                        java.nio.file.StandardOpenOption.WRITE)) {
            for (long written = 0; written < bytes; written += buffer.capacity()) {
                buffer.clear();
                channel.write(buffer);
            }
            channel.force(true);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Files.delete(file);
        return seconds;
    }

    private static long produce(String bootstrap, int records, boolean headers) throws Exception {
        var props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, 512 * 1024);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        var serde = Topics.DEFAULT.enriched().valueSerde().serializer();
        var random = new Random(42);
        long bytes = 0;
        try (var producer =
                new KafkaProducer<>(
                        props,
                        Topics.DEFAULT.enriched().keySerde().serializer(),
                        new org.apache.kafka.common.serialization.ByteArraySerializer())) {
            var sends = new ArrayList<Future<RecordMetadata>>();
            for (int i = 0; i < records; i++) {
                var article = article(i, random);
                byte[] value = serde.serialize(Topics.ENRICHED, article);
                bytes += value.length;
                var record = new ProducerRecord<>(Topics.ENRICHED, article.articleId(), value);
                if (headers) {
                    FilingHeaders.set(record.headers(), article);
                }
                sends.add(producer.send(record));
                if (sends.size() == 10_000) {
                    for (var send : sends) {
                        send.get(60, TimeUnit.SECONDS);
                    }
                    sends.clear();
                }
            }
            for (var send : sends) {
                send.get(60, TimeUnit.SECONDS);
            }
        }
        return bytes;
    }

    private static final String[] WORDS = {
        "pemerintah",
        "presiden",
        "Jakarta",
        "ekonomi",
        "pasar",
        "the",
        "government",
        "minister",
        "talks",
        "security",
        "harga",
        "minyak",
        "naik",
        "turun",
        "rakyat",
        "election",
        "vote",
        "Ukraina",
        "Rusia",
        "Amerika",
        "Serikat",
        "kerja",
        "sama",
        "regional",
        "ASEAN",
        "summit"
    };

    /** A realistic enriched record of about 2 KB: text, language, topics and entities. */
    static EnrichedArticle article(int i, Random random) {
        var text = new StringBuilder();
        while (text.length() < 1400) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        String lang = List.of("id", "ms", "en", "ru").get(i % 4);
        var raw =
                RawArticle.builder()
                        .articleId(String.format("bench-%08d", i))
                        .feedId("feed-" + (i % 40))
                        .sourceName("Source " + (i % 40))
                        .url("https://news.example.org/" + i)
                        .title("Headline number " + i + " about the regional summit")
                        .summary("Summary of story " + i + ".")
                        .content(text.toString().strip())
                        .authors(List.of("Desk"))
                        .categories(List.of("World"))
                        .publishedAt(
                                Instant.parse("2025-08-17T00:00:00Z").plusSeconds(i % (3 * 86_400)))
                        .fetchedAt(Instant.parse("2025-08-20T00:00:00Z"))
                        .languageHint(lang)
                        .origin(Origin.FEED)
                        .build();
        return EnrichedArticle.of(raw)
                .withLanguage(new Language(lang, 0.97, List.of()))
                .withTopics(List.of(new TopicTag("medtop:11000000", "politics", 0.8)))
                .withEntities(
                        List.of(
                                new Entity(
                                        "Jakarta", EntityType.LOCATION, "city", "Q3630", null, 2),
                                new Entity(
                                        "ASEAN", EntityType.ORGANIZATION, null, "Q7768", null, 1)))
                .withVersion("pipeline", "bench");
    }

    private static double median(List<Double> values) {
        var sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
