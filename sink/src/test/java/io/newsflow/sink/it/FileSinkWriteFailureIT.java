package io.newsflow.sink.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.newsflow.broker.testing.TestKafka;
import io.newsflow.config.KafkaConfig;
import io.newsflow.config.NewsflowConfig;
import io.newsflow.config.SinkConfig;
import io.newsflow.kafka.Topics;
import io.newsflow.model.EnrichedArticle;
import io.newsflow.sink.FileSink;
import io.newsflow.sink.files.SinkLayout;
import io.newsflow.sink.testing.Articles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * An unwritable sink directory pauses the file sink without losing records, is reported once, and
 * writing resumes by itself when the directory is fixed.
 */
class FileSinkWriteFailureIT {

    @TempDir Path temp;

    @Test
    void pausesOnAnUnwritableDirectoryReportsItOnceAndResumesWithoutLoss() throws Exception {
        var logs = new ListAppender<ILoggingEvent>();
        logs.start();
        var logger = (Logger) LoggerFactory.getLogger(FileSink.class);
        logger.addAppender(logs);
        Path out = temp.resolve("out");
        // A plain file where the temporary directory belongs: nothing can be written, even by
        // root, whom permission bits would not stop.
        Files.createDirectories(out);
        Path blocker = Files.writeString(out.resolve(SinkLayout.TEMP_DIR), "in the way");

        try (var kafka = TestKafka.start(temp.resolve("broker"))) {
            kafka.createTopics(Topics.DEFAULT, 2);
            var config =
                    NewsflowConfig.defaults()
                            .withKafka(
                                    new KafkaConfig(
                                            kafka.bootstrapServers(),
                                            null,
                                            2,
                                            (short) 1,
                                            "failure-it",
                                            null))
                            .withSink(
                                    SinkConfig.defaults()
                                            .withOutDir(out)
                                            .withRoll(
                                                    new SinkConfig.Roll(
                                                            null, null, Duration.ofMillis(200))));
            var sink = new FileSink(config, kafka.bootstrapServers(), Topics.DEFAULT);
            var thread = new Thread(sink::run, "file-sink-under-test");
            thread.start();
            try {
                kafka.produce(Topics.DEFAULT.enriched(), articles(0, 300));
                await("the failure is reported")
                        .atMost(Duration.ofSeconds(30))
                        .until(() -> errors(logs).size() == 1);
                kafka.produce(Topics.DEFAULT.enriched(), articles(300, 600));
                await("nothing is written while the directory is unwritable")
                        .during(Duration.ofSeconds(4))
                        .atMost(Duration.ofSeconds(6))
                        .until(() -> sink.recordsWritten() == 0);

                Files.delete(blocker);

                await("writing resumes by itself")
                        .atMost(Duration.ofSeconds(60))
                        .until(() -> sink.recordsWritten() == 600);
            } finally {
                sink.close();
                thread.join(Duration.ofSeconds(30).toMillis());
            }

            assertThat(errors(logs)).hasSize(1);
            assertThat(errors(logs).get(0).getFormattedMessage())
                    .contains(out.toAbsolutePath().resolve(SinkLayout.TEMP_DIR).toString())
                    .contains("Paused consuming");
            assertThat(logs.list)
                    .anySatisfy(e -> assertThat(e.getFormattedMessage()).contains("again after"));
            var ids = CommittedIds.in(out);
            assertThat(ids).hasSize(600).doesNotHaveDuplicates();
        } finally {
            logger.detachAppender(logs);
        }
    }

    private static List<ILoggingEvent> errors(ListAppender<ILoggingEvent> logs) {
        return List.copyOf(logs.list).stream().filter(e -> e.getLevel() == Level.ERROR).toList();
    }

    private static Map<String, EnrichedArticle> articles(int from, int to) {
        var map = new LinkedHashMap<String, EnrichedArticle>();
        IntStream.range(from, to)
                .mapToObj(
                        i ->
                                Articles.simple(
                                        String.format("f-%04d", i),
                                        i % 2 == 0 ? "id" : "en",
                                        Instant.parse("2025-08-19T10:00:00Z")))
                .forEach(a -> map.put(a.articleId(), a));
        return map;
    }
}
