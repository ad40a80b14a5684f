package io.newsflow.app.metrics;

import io.newsflow.config.MetricsConfig;
import io.newsflow.config.NewsflowConfig;
import picocli.CommandLine.Option;

/**
 * The {@code --metrics-port} flag of the long-running commands ({@code run}, {@code process},
 * {@code sink}, {@code poll}); mixed into each with {@code @Mixin}.
 */
public final class MetricsOptions {
    @Option(
            names = "--metrics-port",
            paramLabel = "PORT",
            description =
                    "Port of the /metrics, /health and /ready endpoint (default: metrics.port or 9464;"
                            + " 0 = off).")
    Integer metricsPort;

    /** The configuration with the flag applied. */
    public NewsflowConfig apply(NewsflowConfig config) {
        return metricsPort == null
                ? config
                : config.withMetrics(new MetricsConfig(metricsPort)).validated("--metrics-port");
    }

    /**
     * Whether the port was asked for explicitly, so that a taken port is an error, not a warning.
     */
    boolean explicit() {
        return metricsPort != null;
    }
}
