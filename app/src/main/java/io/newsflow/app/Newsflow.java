package io.newsflow.app;

import io.newsflow.app.commands.BrokerCommand;
import io.newsflow.app.commands.EnrichCommand;
import io.newsflow.app.commands.ProcessCommand;
import io.newsflow.app.commands.RedeliverCommand;
import io.newsflow.app.commands.ReplayCommand;
import io.newsflow.app.commands.RunCommand;
import io.newsflow.app.commands.SinkCommand;
import io.newsflow.app.commands.TailCommand;
import io.newsflow.app.feeds.FeedsCommand;
import io.newsflow.app.feeds.PollCommand;
import io.newsflow.broker.BrokerStartException;
import io.newsflow.broker.ClusterUnreachableException;
import io.newsflow.config.ConfigException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsflow} command line: the whole pipeline in one JVM, or each part alone. */
@Command(
        name = "newsflow",
        mixinStandardHelpOptions = true,
        versionProvider = Newsflow.Version.class,
        description = "Streaming ingestion pipeline for live news on Apache Kafka.",
        subcommands = {
            RunCommand.class,
            BrokerCommand.class,
            ReplayCommand.class,
            RedeliverCommand.class,
            FeedsCommand.class,
            PollCommand.class,
            ProcessCommand.class,
            SinkCommand.class,
            TailCommand.class,
            EnrichCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Newsflow {
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, shared by {@code main} and the tests. */
    public static CommandLine commandLine() {
        var cli = new CommandLine(new Newsflow());
        // Records are UTF-8 JSON whatever the platform's default charset.
        cli.setOut(
                new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cli.setErr(
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cli.setExecutionExceptionHandler(
                (error, command, parsed) -> {
                    Throwable cause = error;
                    while (cause.getCause() != null
                            && !(cause instanceof ConfigException)
                            && !(cause instanceof BrokerStartException)
                            && !(cause instanceof ClusterUnreachableException)
                            && !(cause instanceof UserError)) {
                        cause = cause.getCause();
                    }
                    if (cause instanceof ConfigException
                            || cause instanceof BrokerStartException
                            || cause instanceof ClusterUnreachableException
                            || cause instanceof UserError) {
                        command.getErr().println("newsflow: " + cause.getMessage());
                        return 2;
                    }
                    throw error;
                });
        return cli;
    }

    /** The version from the jar manifest, or "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Newsflow.class.getPackage().getImplementationVersion();
            return new String[] {"newsflow " + (v == null ? "development" : v)};
        }
    }
}
