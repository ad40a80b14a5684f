package io.newsflow.bench.identity;

import io.newsflow.app.runtime.ConsumerLag;
import io.newsflow.bench.CpuUse;
import io.newsflow.bench.StreamsOverrides;
import io.newsflow.broker.EmbeddedKafka;
import io.newsflow.broker.TopicAdmin;
import io.newsflow.broker.TopicSpec;
import io.newsflow.config.NewsflowConfig;
import io.newsflow.kafka.Topics;
import io.newsflow.model.IdentityEvent;
import io.newsflow.model.IdentityStatus;
import io.newsflow.processors.ArticleParser;
import io.newsflow.processors.Enrichers;
import io.newsflow.processors.EnrichmentStep;
import io.newsflow.processors.EnrichmentTopology;
import io.newsflow.processors.Envelope;
import io.newsflow.processors.StreamsSettings;
import io.newsflow.processors.identity.IdentityStage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Predicate;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Identity throughput against a pass-through topology on the same embedded broker in the same run,
 * and the ledger's state size. Between them, parse (what any topology reading articles pays) and
 * hops (the identity topology's records and hops without the identity step: what its shape alone
 * costs). Articles come from {@link SyntheticArticles} (known shares of duplicates, revisions and
 * syndicated copies). Each topology runs with exactly-once v2 from the first offset of the same raw
 * topic; its rate is measured from its first committed output record until it has committed its
 * input offsets to the end of every source topic, so start-up is not counted. Usage: {@code
 * IdentityBenchmark [articles] [rounds]}.
 */
public final class IdentityBenchmark {
    private static final int PARTITIONS = 2;

    private final EmbeddedKafka broker;
    private final Path work;
    private final NewsflowConfig config = NewsflowConfig.defaults();

    private IdentityBenchmark(EmbeddedKafka broker, Path work) {
        this.broker = broker;
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        Path work = Files.createTempDirectory("identity-bench");
        try (var broker =
                EmbeddedKafka.start(EmbeddedKafka.Settings.forTest(work.resolve("broker")))) {
            new IdentityBenchmark(broker, work).run(articles, rounds);
        }
    }

    private void run(int count, int rounds) throws Exception {
        createTopics(
                List.of(
                        TopicSpec.deleting(Topics.RAW, PARTITIONS, (short) 1),
                        TopicSpec.deleting(Topics.ENRICHED, PARTITIONS, (short) 1),
                        TopicSpec.deleting(Topics.IDENTITY, PARTITIONS, (short) 1),
                        TopicSpec.deleting(Topics.DLQ, PARTITIONS, (short) 1)));
        var synthetic = new SyntheticArticles();
        long rawBytes = produce(synthetic, count);
        System.out.printf(
                Locale.ROOT,
                "articles: %d (%.0f bytes of JSON each on average), built with %s%n",
                count,
                rawBytes / (double) count,
                synthetic.expected());

        // identity forwards everything but the exact re-polls (in the default mode drop)
        double forwarded =
                1 - synthetic.expected().get(IdentityStatus.DUPLICATE_OF) / (double) count;
        List<Measured> pass = new ArrayList<>();
        List<Measured> parse = new ArrayList<>();
        List<Measured> hops = new ArrayList<>();
        List<Measured> identity = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            pass.add(
                    measure(
                            "pass-through",
                            passThrough("bench.passthrough." + round),
                            "bench.passthrough." + round,
                            count,
                            round,
                            Shape.RAW_ONLY));
            parse.add(
                    measure(
                            "parse",
                            parseOnly("bench.parsed." + round),
                            "bench.parsed." + round,
                            count,
                            round,
                            Shape.RAW_ONLY));
            String decisions = "bench.hops.decisions." + round;
            createTopics(
                    List.of(
                            TopicSpec.deleting(decisions, PARTITIONS, (short) 1),
                            TopicSpec.deleting(
                                    "bench.hops.enriched." + round, PARTITIONS, (short) 1)));
            hops.add(
                    measure(
                            "hops",
                            hopsOnly(decisions, "bench.hops.enriched." + round, forwarded),
                            decisions,
                            count,
                            round,
                            Shape.PIPELINE_HOPS));
            identity.add(
                    measure(
                            "identity",
                            identityTopology(),
                            Topics.IDENTITY,
                            count,
                            round,
                            Shape.IDENTITY));
            // the identity run writes to the shared output topics: start each round on fresh ones
            deleteAndRecreate(Topics.IDENTITY, Topics.ENRICHED, Topics.DLQ);
        }
        double p = median(pass, Measured::rate);
        double n = median(parse, Measured::rate);
        double h = median(hops, Measured::rate);
        double i = median(identity, Measured::rate);
        System.out.printf(
                Locale.ROOT,
                "%nmedian of %d rounds: pass-through %.0f/s, parse %.0f/s, hops (identity's records"
                        + " and hops, no identity step) %.0f/s, identity (parse + ledger repartition"
                        + " + identify + both outputs + enrich repartition) %.0f/s%n"
                        + "identity / pass-through = %.0f%%, identity / parse = %.0f%%,"
                        + " hops / pass-through = %.0f%%, identity / hops = %.0f%%%n",
                rounds,
                p,
                n,
                h,
                i,
                100 * i / p,
                100 * i / n,
                100 * h / p,
                100 * i / h);
        System.out.printf(
                Locale.ROOT,
                "CPU of this JVM per record (broker included), median: pass-through %.0f µs,"
                        + " parse %.0f µs, hops %.0f µs, identity %.0f µs; cores busy: %.2f, %.2f,"
                        + " %.2f, %.2f of %d%n",
                median(pass, m -> m.cpu().microsPerRecord()),
                median(parse, m -> m.cpu().microsPerRecord()),
                median(hops, m -> m.cpu().microsPerRecord()),
                median(identity, m -> m.cpu().microsPerRecord()),
                median(pass, m -> m.cpu().coresBusy()),
                median(parse, m -> m.cpu().coresBusy()),
                median(hops, m -> m.cpu().coresBusy()),
                median(identity, m -> m.cpu().coresBusy()),
                Runtime.getRuntime().availableProcessors());
    }

    /** One contender's round: its rate and the CPU it took. */
    private record Measured(double rate, CpuUse cpu) {}

    /**
     * Runs a topology until it has committed its input offsets to the end of every source topic.
     *
     * @param shape which topics the topology reads, and whether it has a ledger to report on
     */
    private Measured measure(
            String name, Topology topology, String output, int expected, int round, Shape shape)
            throws Exception {
        boolean ledger = shape != Shape.RAW_ONLY;
        String appId = "bench-" + name.replace('+', '-') + "-" + round;
        if (ledger) {
            var internal = new ArrayList<TopicSpec>();
            EnrichmentTopology.internalTopics(appId, config.kafka().partitions())
                    .forEach(
                            t ->
                                    internal.add(
                                            new TopicSpec(
                                                    t.name(),
                                                    t.partitions(),
                                                    (short) 1,
                                                    t.configs())));
            createTopics(internal);
        } else {
            createTopics(List.of(TopicSpec.deleting(output, PARTITIONS, (short) 1)));
        }
        Path state = work.resolve("state-" + appId);
        Properties props =
                StreamsSettings.properties(config, broker.bootstrapServers(), appId, state);
        props.putAll(StreamsOverrides.fromSystemProperties()); // every topology alike
        try (var streams = new KafkaStreams(topology, props);
                Admin admin =
                        Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            streams.start();
            // the identity topology is the pipeline's, so its articles pass the ledger's and the
            // enrich repartition topics after the raw one
            List<String> sources =
                    ledger
                            ? EnrichmentTopology.inputTopics(appId, Topics.DEFAULT)
                            : List.of(Topics.RAW);
            long first = 0;
            long firstCount = 0;
            CpuUse.Window cpuWindow = null;
            long last;
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(15);
            while (true) {
                long now = System.nanoTime();
                if (first == 0) {
                    long committed = endOffsets(admin, output, IsolationLevel.READ_COMMITTED);
                    if (committed > 0) {
                        first = now;
                        firstCount = committed;
                        cpuWindow = CpuUse.start();
                    }
                }
                // done when the application has committed its input offsets up to the end of
                // every source topic (output offsets would also count transaction markers)
                if (first != 0 && ConsumerLag.of(admin, appId, sources) == 0) {
                    last = now;
                    break;
                }
                if (now > deadline || streams.state() == KafkaStreams.State.ERROR) {
                    throw new IllegalStateException(name + " did not finish");
                }
                Thread.sleep(50);
            }
            CpuUse cpu = cpuWindow.end(expected - firstCount);
            double rate = (expected - firstCount) / ((last - first) / 1e9);
            System.out.printf(
                    Locale.ROOT,
                    "round %d %-16s %8.0f records/s  %6.0f µs CPU per record, %.2f cores busy%n",
                    round,
                    name,
                    rate,
                    cpu.microsPerRecord(),
                    cpu.coresBusy());
            if (shape == Shape.IDENTITY) {
                reportState(streams, state.resolve(appId));
                reportDecisions(expected);
            }
            return new Measured(rate, cpu);
        }
    }

    private Topology passThrough(String output) {
        var builder = new StreamsBuilder();
        builder.stream(
                        Topics.RAW,
                        Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("read"))
                .to(output, Produced.with(Serdes.String(), Serdes.ByteArray()).withName("write"));
        return builder.build();
    }

    /** Parse and validate the JSON and write it back: what any topology reading articles pays. */
    private Topology parseOnly(String output) {
        var builder = new StreamsBuilder();
        writeArticles(readAndParse(builder), output, "write");
        return builder.build();
    }

    /** The raw articles, parsed and validated as the pipeline's first stage does. */
    private static KStream<String, Envelope> readAndParse(StreamsBuilder builder) {
        return builder.stream(
                        Topics.RAW,
                        Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("read"))
                .mapValues(ArticleParser::parse, Named.as("parse"));
    }

    private static void writeArticles(
            KStream<String, Envelope> envelopes, String topic, String name) {
        envelopes
                .mapValues(Envelope::article, Named.as("unwrap"))
                .to(
                        topic,
                        Produced.with(Serdes.String(), Topics.DEFAULT.enriched().valueSerde())
                                .withName(name));
    }

    /**
     * The identity topology's shape without the identity step: the same parse, the same ledger
     * repartition and envelope serde, one small decision record per article (its id: the real
     * decision is a few hundred bytes of JSON), and the share of articles identity forwards on this
     * corpus (all but the exact re-polls the generator made) through the same enrich repartition to
     * an output topic. No state stores, so no changelogs. What the records and hops alone cost: the
     * gap between this and identity is the identity step's own.
     */
    private Topology hopsOnly(String decisions, String enriched, double forwardedShare) {
        var builder = new StreamsBuilder();
        KStream<String, Envelope> ledger =
                readAndParse(builder).repartition(IdentityStage.toLedger());
        ledger.mapValues((key, envelope) -> key, Named.as("decide"))
                .to(
                        decisions,
                        Produced.with(Serdes.String(), Serdes.String())
                                .withName("write-decisions"));
        writeArticles(
                ledger.filter(new EvenShare(forwardedShare), Named.as("forward"))
                        .repartition(EnrichmentTopology.toEnrichment(config)),
                enriched,
                "write-enriched");
        return builder.build();
    }

    /** What a contender's topology reads, and whether it keeps the identity ledger. */
    private enum Shape {
        /** reads the raw topic only */
        RAW_ONLY,
        /** reads raw, the ledger and the enrich repartition topics; no stores */
        PIPELINE_HOPS,
        /** the pipeline's hops and the identity ledger, whose state and decisions are reported */
        IDENTITY
    }

    /** Passes this share of the records, evenly spread; only the ledger's one task calls it. */
    private static final class EvenShare implements Predicate<String, Envelope> {
        private final double share;
        private long seen;
        private long passed;

        EvenShare(double share) {
            this.share = share;
        }

        @Override
        public boolean test(String key, Envelope envelope) {
            seen++;
            if (passed < Math.round(seen * share)) {
                passed++;
                return true;
            }
            return false;
        }
    }

    /**
     * The real enrichment topology with every other step switched off, normalize included: the
     * synthetic text is already clean, and the normalizer's own cost is not the identity step's.
     */
    private Topology identityTopology() {
        var steps =
                new Enrichers(
                        EnrichmentStep.none("normalize"),
                        EnrichmentStep.none("detect-language"),
                        EnrichmentStep.none("tag-entities"),
                        EnrichmentStep.none("tag-topics"));
        return EnrichmentTopology.build(config, Topics.DEFAULT, steps);
    }

    /** Logical bytes in the ledger's stores (keys + values) and the RocksDB files on disk. */
    private void reportState(KafkaStreams streams, Path taskDirs) throws IOException {
        long remembered = 0;
        long logical = 0;
        var perStore = new java.util.LinkedHashMap<String, String>();
        for (String store :
                List.of(
                        IdentityStage.ARTICLES_STORE,
                        IdentityStage.GUIDS_STORE,
                        IdentityStage.FINGERPRINTS_STORE,
                        IdentityStage.BANDS_STORE)) {
            ReadOnlyKeyValueStore<Bytes, byte[]> kv =
                    streams.store(
                            StoreQueryParameters.fromNameAndType(
                                    store, QueryableStoreTypes.<Bytes, byte[]>keyValueStore()));
            long entries = 0;
            long bytes = 0;
            try (var all = kv.all()) {
                while (all.hasNext()) {
                    var e = all.next();
                    if (store.equals(IdentityStage.ARTICLES_STORE) && e.key.get().length == 1) {
                        continue; // the ledger clock
                    }
                    entries++;
                    bytes += e.key.get().length + e.value.length;
                }
            }
            if (store.equals(IdentityStage.ARTICLES_STORE)) {
                remembered = entries;
            }
            logical += bytes;
            perStore.put(store, entries + " entries, " + bytes + " B");
        }
        streams.close(Duration.ofSeconds(30));
        long disk = sizeOf(taskDirs);
        System.out.printf(
                Locale.ROOT,
                "ledger state: %d remembered articles, %d logical bytes = %.1f B per article %s%n"
                        + "  on disk after close (RocksDB files: SST, MANIFEST, OPTIONS, WAL): %d bytes = %.1f B per article;"
                        + " RocksDB overhead %.1f B per article%n",
                remembered,
                logical,
                logical / (double) remembered,
                perStore,
                disk,
                disk / (double) remembered,
                (disk - logical) / (double) remembered);
    }

    private void reportDecisions(int expected) {
        var props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        Map<IdentityStatus, Integer> counts = new EnumMap<>(IdentityStatus.class);
        int read = 0;
        try (var consumer =
                new KafkaConsumer<>(
                        props,
                        new StringDeserializer(),
                        Topics.DEFAULT.identity().valueSerde().deserializer())) {
            consumer.subscribe(List.of(Topics.IDENTITY));
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (read < expected && System.nanoTime() < deadline) {
                for (var r : consumer.poll(Duration.ofMillis(500))) {
                    IdentityEvent e = r.value();
                    counts.merge(e.identity().status(), 1, Integer::sum);
                    read++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "  decisions: %s%n", counts);
    }

    private long produce(SyntheticArticles synthetic, int count) throws Exception {
        var props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        var serializer = Topics.DEFAULT.raw().valueSerde().serializer();
        long[] bytes = {0};
        var pending = new ArrayList<Future<RecordMetadata>>();
        try (var producer =
                new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            synthetic.generate(
                    count,
                    a -> {
                        byte[] value = serializer.serialize(Topics.RAW, a);
                        bytes[0] += value.length;
                        pending.add(
                                producer.send(
                                        new ProducerRecord<>(Topics.RAW, a.articleId(), value)));
                        if (pending.size() >= 10_000) {
                            awaitAll(pending);
                        }
                    });
            awaitAll(pending);
        }
        return bytes[0];
    }

    private static void awaitAll(List<Future<RecordMetadata>> pending) {
        try {
            for (var f : pending) {
                f.get(2, TimeUnit.MINUTES);
            }
        } catch (Exception e) {
            throw new IllegalStateException("producing the benchmark articles failed", e);
        }
        pending.clear();
    }

    private static long endOffsets(Admin admin, String topic, IsolationLevel isolation)
            throws Exception {
        long total = 0;
        for (var o : offsets(admin, topic, isolation).values()) {
            total += o;
        }
        return total;
    }

    private static Map<TopicPartition, Long> offsets(
            Admin admin, String topic, IsolationLevel isolation) throws Exception {
        var request = new HashMap<TopicPartition, OffsetSpec>();
        int partitions =
                admin.describeTopics(List.of(topic))
                        .allTopicNames()
                        .get()
                        .get(topic)
                        .partitions()
                        .size();
        for (int p = 0; p < partitions; p++) {
            request.put(new TopicPartition(topic, p), OffsetSpec.latest());
        }
        var out = new HashMap<TopicPartition, Long>();
        admin.listOffsets(request, new ListOffsetsOptions(isolation))
                .all()
                .get()
                .forEach((tp, info) -> out.put(tp, info.offset()));
        return out;
    }

    private void createTopics(List<TopicSpec> specs) {
        try (var admin = new TopicAdmin(broker.bootstrapServers(), Map.of())) {
            admin.ensureTopics(specs, Duration.ofMinutes(2));
        }
    }

    private void deleteAndRecreate(String... topics) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            admin.deleteTopics(List.of(topics)).all().get();
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
            while (System.nanoTime() < deadline
                    && admin.listTopics().names().get().stream()
                            .anyMatch(List.of(topics)::contains)) {
                Thread.sleep(200);
            }
        }
        var specs = new ArrayList<TopicSpec>();
        for (String t : topics) {
            specs.add(TopicSpec.deleting(t, PARTITIONS, (short) 1));
        }
        createTopics(specs);
    }

    private static long sizeOf(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(
                            f -> {
                                try {
                                    return Files.size(f);
                                } catch (IOException e) {
                                    throw new UncheckedIOException(e);
                                }
                            })
                    .sum();
        }
    }

    private static double median(List<Measured> rounds, ToDoubleFunction<Measured> value) {
        var sorted = rounds.stream().mapToDouble(value).sorted().boxed().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
