package io.newsflow.app.commands;

import io.newsflow.app.runtime.Lifecycle;
import io.newsflow.broker.EmbeddedKafka;
import io.newsflow.config.NewsflowConfig;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Runs only the embedded broker, for running the other parts as separate processes. */
@Command(
        name = "broker",
        mixinStandardHelpOptions = true,
        description =
                "Run the embedded single-node Kafka broker until Ctrl-C (data under --data-dir).")
public final class BrokerCommand implements Callable<Integer> {
    @Mixin ConfigOptions options;

    @Option(
            names = "--broker-port",
            paramLabel = "PORT",
            description = "Port of the broker (default: 9092).")
    Integer brokerPort;

    @Override
    public Integer call() throws Exception {
        NewsflowConfig config = options.load();
        if (brokerPort != null) {
            config =
                    config.withBroker(config.broker().withPort(brokerPort))
                            .validated("--broker-port");
        }
        try (var lifecycle = new Lifecycle()) {
            EmbeddedKafka broker = lifecycle.add(Lifecycle.startBroker(config));
            System.out.println(
                    "broker ready at " + broker.bootstrapServers() + " — Ctrl-C to stop");
            lifecycle.awaitShutdownSignal();
        }
        return 0;
    }
}
