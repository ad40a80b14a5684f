package io.newsflow.app.feeds;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code newsflow feeds …}: the subscribed feeds in {@code news.feeds}. */
@Command(
        name = "feeds",
        mixinStandardHelpOptions = true,
        description = "Manage the subscribed feeds (compacted topic news.feeds).",
        subcommands = {
            FeedsImportCommand.class,
            FeedsExportCommand.class,
            FeedsListCommand.class,
            CommandLine.HelpCommand.class
        })
public final class FeedsCommand {}
