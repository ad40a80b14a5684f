package io.newsflow.broker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka broker (KRaft, combined broker + controller) running inside this JVM.
 * Storage is formatted under the data directory on first start and reused afterwards, so records
 * survive restarts. Kept in one class because {@code KafkaRaftServer} and {@code Formatter} are
 * internal Kafka APIs that change between releases.
 */
public final class EmbeddedKafka implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafka.class);
    private static final int NODE_ID = 1;
    private static final String CLUSTER_ID_FILE = "cluster.id";

    private final Settings settings;
    private final int port;
    private final KafkaRaftServer server;
    private boolean stopped;

    /** Where the broker keeps its data, where it listens, and extra broker properties. */
    public record Settings(
            Path dataDir,
            String host,
            int port,
            int controllerPort,
            Map<String, String> overrides) {
        public Settings {
            host = host == null ? "localhost" : host;
            overrides = overrides == null ? Map.of() : Map.copyOf(overrides);
        }

        /** Free ports, for tests: each broker gets its own. */
        public static Settings forTest(Path dataDir) {
            return new Settings(dataDir, "localhost", 0, 0, Map.of());
        }
    }

    private EmbeddedKafka(Settings settings, int port, KafkaRaftServer server) {
        this.settings = settings;
        this.port = port;
        this.server = server;
    }

    /**
     * Formats storage if needed, starts the broker and waits until it answers clients.
     *
     * @throws BrokerStartException with a message naming what to change when the port is taken or
     *     the data directory is unusable
     */
    public static EmbeddedKafka start(Settings settings) {
        long started = System.nanoTime();
        Path dataDir = settings.dataDir().toAbsolutePath();
        Path logDir = dataDir.resolve("kafka");
        int port = settings.port() == 0 ? freePort() : settings.port();
        int controllerPort =
                settings.controllerPort() == 0 ? freePort() : settings.controllerPort();
        if (!isFree(settings.host(), port)) {
            throw new BrokerStartException(
                    "port "
                            + port
                            + " on "
                            + settings.host()
                            + " is already in use: stop what holds it, or start newsflow with --broker-port <free port>"
                            + " (or --bootstrap-servers host:port to use a running Kafka instead)");
        }
        if (!isFree(settings.host(), controllerPort)) {
            throw new BrokerStartException(
                    "controller port "
                            + controllerPort
                            + " is already in use: set"
                            + " broker.controllerPort in newsflow.yaml to a free port, or 0 to pick one");
        }
        try {
            Files.createDirectories(logDir);
        } catch (IOException e) {
            throw new BrokerStartException(
                    "cannot create the broker data directory "
                            + logDir
                            + ": "
                            + e.getMessage()
                            + " — choose another with --data-dir",
                    e);
        }
        Properties props = brokerProperties(settings, logDir, port, controllerPort);
        KafkaConfig config = KafkaConfig.fromProps(props, false);
        format(config, dataDir, logDir);

        KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
        try {
            server.startup();
        } catch (RuntimeException e) {
            safeShutdown(server);
            throw new BrokerStartException(
                    "the embedded Kafka broker failed to start: " + e.getMessage(), e);
        }
        var broker = new EmbeddedKafka(settings, port, server);
        broker.awaitReady(Duration.ofSeconds(60));
        log.info(
                "embedded Kafka broker ready at {} (data {}) in {} ms",
                broker.bootstrapServers(),
                dataDir,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        return broker;
    }

    public String bootstrapServers() {
        return settings.host() + ":" + port;
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return settings.dataDir();
    }

    /** Stops the broker cleanly; safe to call twice. */
    @Override
    public synchronized void close() {
        if (stopped) {
            return;
        }
        stopped = true;
        safeShutdown(server);
        log.info("embedded Kafka broker at {} stopped", bootstrapServers());
    }

    private static void safeShutdown(KafkaRaftServer server) {
        try {
            server.shutdown();
            server.awaitShutdown();
        } catch (RuntimeException e) {
            log.warn("embedded Kafka broker did not shut down cleanly: {}", e.toString());
        }
    }

    private void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        var props =
                Map.<String, Object>of(
                        AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                        AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                        AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        try (Admin admin = Admin.create(props)) {
            RuntimeException last = null;
            while (System.nanoTime() < deadline) {
                try {
                    if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (Exception e) {
                    last = new IllegalStateException(e.getMessage(), e);
                }
                sleepQuietly(100);
            }
            close();
            throw new BrokerStartException(
                    "the embedded Kafka broker did not become ready within "
                            + timeout
                            + (last == null ? "" : ": " + last.getMessage()),
                    last);
        }
    }

    private static Properties brokerProperties(
            Settings settings, Path logDir, int port, int controllerPort) {
        var p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", Integer.toString(NODE_ID));
        p.put("controller.quorum.voters", NODE_ID + "@" + settings.host() + ":" + controllerPort);
        p.put(
                "listeners",
                "PLAINTEXT://"
                        + settings.host()
                        + ":"
                        + port
                        + ",CONTROLLER://"
                        + settings.host()
                        + ":"
                        + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://" + settings.host() + ":" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", logDir.toString());
        // A single node can hold only one replica of each internal topic; exactly-once needs them.
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "10");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "10");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        // The cleaner's 128 MiB default buffer would dominate the heap of a small embedded broker.
        p.put("log.cleaner.dedupe.buffer.size", Integer.toString(16 * 1024 * 1024));
        p.put("group.initial.rebalance.delay.ms", "0");
        // newsflow creates every topic it uses, with the configured partitions and cleanup policy.
        p.put("auto.create.topics.enable", "false");
        p.put("num.partitions", "1");
        settings.overrides().forEach(p::put);
        return p;
    }

    private static void format(KafkaConfig config, Path dataDir, Path logDir) {
        Path idFile = dataDir.resolve(CLUSTER_ID_FILE);
        try {
            String clusterId;
            if (Files.exists(idFile)) {
                clusterId = Files.readString(idFile, StandardCharsets.UTF_8).strip();
            } else {
                clusterId = Uuid.randomUuid().toString();
                Files.writeString(idFile, clusterId + "\n", StandardCharsets.UTF_8);
            }
            new Formatter()
                    .setPrintStream(
                            new java.io.PrintStream(java.io.OutputStream.nullOutputStream()))
                    .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                    .setNodeId(NODE_ID)
                    .setClusterId(clusterId)
                    .setDirectories(List.of(logDir.toString()))
                    .setMetadataLogDirectory(logDir.toString())
                    .setControllerListenerName("CONTROLLER")
                    .setIgnoreFormatted(true)
                    .run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new BrokerStartException(
                    "cannot format broker storage in "
                            + logDir
                            + ": "
                            + e.getMessage()
                            + " — if this directory holds another cluster's data, use another --data-dir",
                    e);
        }
    }

    static int freePort() {
        try (var socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free local port", e);
        }
    }

    private static boolean isFree(String host, int port) {
        try (var socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(host, port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BrokerStartException("interrupted while waiting for the broker", e);
        }
    }

    /**
     * Runs a broker in its own JVM: {@code java -cp … io.newsflow.broker.EmbeddedKafka DIR PORT}.
     */
    public static void main(String[] args) throws InterruptedException {
        Path dir = Path.of(args.length > 0 ? args[0] : "data");
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 9092;
        EmbeddedKafka broker = start(new Settings(dir, "localhost", port, 0, Map.of()));
        Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "broker-shutdown"));
        System.out.println("READY " + broker.bootstrapServers());
        System.out.flush();
        Thread.currentThread().join();
    }
}
