package io.newsflow.config;

/** The HTTP endpoint for Prometheus metrics and health checks; port 0 turns it off. */
public record MetricsConfig(Integer port) implements ConfigPart {
    public MetricsConfig {
        port = port == null ? 9464 : port;
    }

    public static MetricsConfig defaults() {
        return new MetricsConfig(null);
    }

    @Override
    public void validate(String path, Problems problems) {
        problems.require(
                port >= 0 && port <= 65535,
                path + ".port",
                "must be 0–65535 (0 = off), was " + port);
    }
}
