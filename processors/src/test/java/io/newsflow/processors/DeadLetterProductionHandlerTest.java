package io.newsflow.processors;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.kafka.DeadLetterHeaders;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler.Result;
import org.apache.kafka.streams.errors.ProductionExceptionHandler.SerializationExceptionOrigin;
import org.apache.kafka.streams.processor.TaskId;
import org.junit.jupiter.api.Test;

class DeadLetterProductionHandlerTest {
    private static final ErrorHandlerContext FROM_RAW_7_AT_42 =
            new ErrorHandlerContext() {
                @Override
                public String topic() {
                    return "news.articles.raw";
                }

                @Override
                public int partition() {
                    return 7;
                }

                @Override
                public long offset() {
                    return 42;
                }

                @Override
                public Headers headers() {
                    return new RecordHeaders();
                }

                @Override
                public String processorNodeId() {
                    return "write-enriched";
                }

                @Override
                public TaskId taskId() {
                    return new TaskId(1, 7);
                }

                @Override
                public long timestamp() {
                    return 0;
                }

                @Override
                public byte[] sourceRawKey() {
                    return null;
                }

                @Override
                public byte[] sourceRawValue() {
                    return null;
                }
            };

    private static DeadLetterProductionHandler handler() {
        var handler = new DeadLetterProductionHandler();
        handler.configure(Map.of(DeadLetterProductionHandler.DLQ_TOPIC_CONFIG, "t.news.dlq"));
        return handler;
    }

    @Test
    void sendErrorsStillFailEvenForARecordTooLarge() {
        // under exactly-once the producer's refusal already poisoned the transaction
        var record = new ProducerRecord<>("news.articles.enriched", new byte[1], new byte[1]);

        for (Exception error :
                new Exception[] {new RecordTooLargeException("big"), new TimeoutException("x")}) {
            var response = handler().handleError(FROM_RAW_7_AT_42, record, error);
            assertThat(response.result()).isEqualTo(Result.FAIL);
            assertThat(response.deadLetterQueueRecords()).isEmpty();
        }
    }

    @Test
    void aRecordThatCannotBeSerializedBecomesADeadLetter() {
        var record =
                new ProducerRecord<Object, Object>("news.articles.identity", "a2", new Object());

        var response =
                handler()
                        .handleSerializationError(
                                FROM_RAW_7_AT_42,
                                record,
                                new SerializationException("no serializer"),
                                SerializationExceptionOrigin.VALUE);

        assertThat(response.result()).isEqualTo(Result.RESUME);
        assertThat(response.deadLetterQueueRecords())
                .singleElement()
                .satisfies(
                        letter -> {
                            assertThat(letter.key()).asString(UTF_8).isEqualTo("a2");
                            assertThat(letter.topic()).isEqualTo("t.news.dlq");
                            assertThat(letter.value()).isNull();
                            assertThat(header(letter, DeadLetterHeaders.STAGE)).isEqualTo("write");
                            assertThat(header(letter, DeadLetterHeaders.ERROR_CLASS))
                                    .isEqualTo(SerializationException.class.getName());
                            assertThat(header(letter, DeadLetterHeaders.SOURCE_TOPIC))
                                    .isEqualTo("news.articles.raw");
                            assertThat(header(letter, DeadLetterHeaders.SOURCE_OFFSET))
                                    .isEqualTo("42");
                            assertThat(header(letter, DeadLetterProductionHandler.TARGET_TOPIC))
                                    .isEqualTo("news.articles.identity");
                        });
    }

    @Test
    void refusesToStartWithoutADeadLetterTopic() {
        assertThatThrownBy(() -> new DeadLetterProductionHandler().configure(Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(DeadLetterProductionHandler.DLQ_TOPIC_CONFIG);
    }

    private static String header(ProducerRecord<byte[], byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), UTF_8);
    }
}
