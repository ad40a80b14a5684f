package io.newsflow.app.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.newsflow.broker.testing.TestKafka;
import io.newsflow.config.BrokerConfig;
import io.newsflow.config.NewsflowConfig;
import io.newsflow.kafka.Topics;
import io.newsflow.processors.Enrichers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class ProcessorsRunnerIT {
    @TempDir Path work;

    @Test
    void closedProcessorsLeaveTheirGroupSoARestartNeedNotWaitOutTheirSession() throws Exception {
        // Kafka Streams stays in its group on close by default: every restart of newsflow run
        // then processed nothing for 45 s, the old member's session timeout
        var logs = new ListAppender<ILoggingEvent>();
        logs.start();
        var runnerLog = (Logger) LoggerFactory.getLogger(ProcessorsRunner.class);
        runnerLog.addAppender(logs);
        try (var kafka = TestKafka.start(work.resolve("broker"));
                Admin admin =
                        Admin.create(
                                Map.of(
                                        AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                                        kafka.bootstrapServers()))) {
            kafka.createTopics(Topics.DEFAULT, 2);
            NewsflowConfig config =
                    NewsflowConfig.defaults()
                            .withBroker(new BrokerConfig(work.resolve("state"), null, null, null));
            var processors =
                    new ProcessorsRunner(
                            config,
                            kafka.bootstrapServers(),
                            Topics.DEFAULT,
                            Enrichers.standard(config));
            processors.start();
            assertThat(processors.awaitRunning(Duration.ofSeconds(90))).isTrue();
            assertThat(members(admin, processors.applicationId())).isPositive();

            processors.close();

            assertThat(members(admin, processors.applicationId())).isZero();
            // the log tells a takeover and a stop: 2 raw + 1 ledger + 6 enrich (kafka.partitions)
            assertThat(logs.list)
                    .extracting(ILoggingEvent::getFormattedMessage)
                    .contains(
                            "processors running: 9 active tasks in this instance",
                            "processors stopped and left group " + processors.applicationId());
        } finally {
            runnerLog.detachAppender(logs);
        }
    }

    private static int members(Admin admin, String group) throws Exception {
        return admin.describeConsumerGroups(List.of(group))
                .all()
                .get(10, TimeUnit.SECONDS)
                .get(group)
                .members()
                .size();
    }
}
