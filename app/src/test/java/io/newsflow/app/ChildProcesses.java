package io.newsflow.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;

/** {@code newsflow} commands in separate JVMs on the test's classpath, for scale-out tests. */
final class ChildProcesses {
    private ChildProcesses() {}

    /**
     * Starts {@code newsflow <args>} with a small heap, its output in {@code log}, and a session
     * timeout of 6 s so that a killed member leaves its group in seconds, not the 45 s default.
     */
    static Process newsflow(Path log, String... args) throws IOException {
        var command = new ArrayList<>(List.of(args));
        command.addAll(
                List.of(
                        "--metrics-port",
                        "0",
                        "-P",
                        "session.timeout.ms=6000",
                        "-P",
                        "heartbeat.interval.ms=1000"));
        return start(log, command);
    }

    /** {@code newsflow broker} in its own JVM, so that a test can kill it with SIGKILL. */
    static Process broker(Path log, Path dataDir, int port) throws IOException {
        return start(
                log,
                List.of(
                        "broker",
                        "--data-dir",
                        dataDir.toString(),
                        "--broker-port",
                        Integer.toString(port)));
    }

    private static Process start(Path log, List<String> args) throws IOException {
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Newsflow.class.getName());
        command.addAll(args);
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
    }

    /** True once the group has exactly {@code members} members and each owns partitions. */
    static boolean membersOwnPartitions(Admin admin, String group, int members) throws Exception {
        ConsumerGroupDescription description =
                admin.describeConsumerGroups(List.of(group))
                        .all()
                        .get(5, TimeUnit.SECONDS)
                        .get(group);
        return description.members().size() == members
                && description.members().stream()
                        .allMatch(m -> !m.assignment().topicPartitions().isEmpty());
    }

    /** SIGTERM, then SIGKILL if the process has not stopped after 30 s. */
    static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
