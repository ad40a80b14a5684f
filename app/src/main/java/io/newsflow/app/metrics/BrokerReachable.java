package io.newsflow.app.metrics;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * Readiness condition: the Kafka cluster answers a metadata request within two seconds. Asked on
 * every {@code /ready}, so a stopped broker shows at the next probe rather than at the next client
 * timeout.
 */
final class BrokerReachable implements HealthCheck, AutoCloseable {
    private static final long TIMEOUT_MS = 2_000;

    private final Admin admin;

    BrokerReachable(String bootstrapServers, Map<String, String> clientProperties) {
        var props = new HashMap<String, Object>(clientProperties);
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "newsflow-readiness");
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT_MS);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT_MS);
        // A probe must not hide an outage behind long reconnect backoffs.
        props.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1_000);
        this.admin = Admin.create(props);
    }

    @Override
    public String name() {
        return "broker";
    }

    @Override
    public Result check() {
        try {
            int nodes =
                    admin.describeCluster()
                            .nodes()
                            .get(TIMEOUT_MS + 500, TimeUnit.MILLISECONDS)
                            .size();
            return nodes > 0 ? Result.up(nodes + " node(s)") : Result.down("no nodes");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Result.down("interrupted");
        } catch (Exception e) {
            return Result.down("unreachable");
        }
    }

    @Override
    public void close() {
        admin.close(java.time.Duration.ofSeconds(2));
    }
}
