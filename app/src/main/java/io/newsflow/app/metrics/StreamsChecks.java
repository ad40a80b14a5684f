package io.newsflow.app.metrics;

import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams.State;

/**
 * The health conditions of a Kafka Streams client. Ready only while {@code RUNNING} (a rebalancing
 * or restoring instance does not process yet); alive unless it has failed for good, which is when a
 * restart helps.
 */
final class StreamsChecks {
    private StreamsChecks() {}

    static HealthCheck ready(Supplier<State> state) {
        return HealthCheck.of(
                "streams",
                () -> {
                    State now = state.get();
                    return new HealthCheck.Result(now == State.RUNNING, now.name());
                });
    }

    static HealthCheck alive(Supplier<State> state, Supplier<Throwable> failure) {
        return HealthCheck.of(
                "streams",
                () -> {
                    State now = state.get();
                    boolean dead =
                            failure.get() != null
                                    || now == State.ERROR
                                    || now == State.PENDING_ERROR;
                    return new HealthCheck.Result(!dead, now.name());
                });
    }
}
