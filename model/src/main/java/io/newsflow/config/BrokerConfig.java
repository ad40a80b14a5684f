package io.newsflow.config;

import java.nio.file.Path;

/** The embedded single-node KRaft broker: where it keeps its data and which ports it listens on. */
public record BrokerConfig(Path dataDir, String host, Integer port, Integer controllerPort)
        implements ConfigPart {
    public BrokerConfig {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        host = host == null || host.isBlank() ? "localhost" : host;
        port = port == null ? 9092 : port;
        controllerPort = controllerPort == null ? 0 : controllerPort;
    }

    public static BrokerConfig defaults() {
        return new BrokerConfig(null, null, null, null);
    }

    public BrokerConfig withDataDir(Path dir) {
        return new BrokerConfig(dir, host, port, controllerPort);
    }

    public BrokerConfig withPort(int newPort) {
        return new BrokerConfig(dataDir, host, newPort, controllerPort);
    }

    @Override
    public void validate(String path, Problems problems) {
        problems.require(
                port >= 0 && port <= 65535, path + ".port", "must be 0–65535, was " + port);
        problems.require(
                controllerPort >= 0 && controllerPort <= 65535,
                path + ".controllerPort",
                "must be 0–65535 (0 picks a free port), was " + controllerPort);
    }
}
