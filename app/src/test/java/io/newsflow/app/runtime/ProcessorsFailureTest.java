package io.newsflow.app.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.streams.errors.MissingSourceTopicException;
import org.apache.kafka.streams.errors.ProcessorStateException;
import org.apache.kafka.streams.errors.StreamsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ProcessorsFailureTest {
    private static final Path STATE = Path.of("/var/lib/newsflow/streams");

    private static ProcessorsFailure of(Throwable error) {
        return ProcessorsFailure.of(error, "newsflow-processors", STATE);
    }

    @Test
    void aDeletedSourceTopicIsTheOperatorsToFixNotABug() {
        var stop =
                of(
                        new StreamsException(
                                new MissingSourceTopicException(
                                        "One or more source topics were missing during rebalance")));

        assertThat(stop.unexpected()).isFalse();
        assertThat(stop.explanation())
                .contains("topic the processors read is gone")
                .contains("create missing topics at start")
                .contains("source topics were missing");
    }

    @Test
    void missingAclsNameWhatToGrant() {
        var stop =
                of(
                        new StreamsException(
                                "task failed",
                                new TopicAuthorizationException(Set.of("news.articles.raw"))));

        assertThat(stop.unexpected()).isFalse();
        assertThat(stop.explanation())
                .contains("refused the processors access")
                .contains("news.articles.raw")
                .contains("transactional ids prefixed newsflow-processors");
    }

    @Test
    void aBrokerAwayTooLongSaysWhichTimeoutToRaise() {
        var stop =
                of(
                        new StreamsException(
                                new TimeoutException(
                                        "Timeout of 300000ms expired before fetching")));

        assertThat(stop.unexpected()).isFalse();
        assertThat(stop.explanation())
                .contains("task.timeout.ms")
                .contains("Timeout of 300000ms expired");
    }

    @Test
    void aTooLargeRecordPointsAtTheLineNamingIt() {
        var stop = of(new StreamsException(new RecordTooLargeException("1048400 bytes")));

        assertThat(stop.unexpected()).isFalse();
        assertThat(stop.explanation()).contains("max.request.size").contains("names its source");
    }

    @Test
    void anUnusableStateDirectoryIsNamed() {
        var stop =
                of(
                        new StreamsException(
                                new ProcessorStateException(
                                        "Error opening store identity-articles",
                                        new IOException("No space left on device"))));

        assertThat(stop.unexpected()).isFalse();
        assertThat(stop.explanation())
                .contains(STATE.toString())
                .contains("No space left on device");
    }

    @Test
    void anythingElseIsABugToReport() {
        var stop = of(new StreamsException(new NullPointerException("article.title()")));

        assertThat(stop.unexpected()).isTrue();
        assertThat(stop.explanation()).contains("please report it").contains("article.title()");
    }

    @Test
    @Timeout(5) // without the depth bound the walk never ends: this fails instead of hanging
    void aCauseChainThatLoopsEnds() {
        var first = new IllegalStateException("first");
        var second = new IllegalArgumentException("second", first);
        first.initCause(second);

        assertThat(of(first).unexpected()).isTrue();
    }
}
