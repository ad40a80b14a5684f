package io.newsflow.bench;

import java.io.PrintStream;

/**
 * Progress on the terminal: a bar redrawn in place at most twice a second, and one line per
 * finished step. On a non-terminal (CI logs) it prints a plain line every five seconds instead.
 */
final class Progress {
    private static final int WIDTH = 30;

    private final PrintStream out;
    private final boolean terminal;
    private long lastDraw;

    Progress(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    static Progress toStderr() {
        return new Progress(System.err, System.console() != null);
    }

    synchronized void update(String what, long done, long total) {
        long now = System.nanoTime();
        long every = terminal ? 500_000_000L : 5_000_000_000L;
        if (now - lastDraw < every) {
            return;
        }
        lastDraw = now;
        int percent = total <= 0 ? 0 : (int) Math.min(100, done * 100 / total);
        int filled = percent * WIDTH / 100;
        String bar = "#".repeat(filled) + ".".repeat(WIDTH - filled);
        String line = String.format("  %-28s [%s] %3d%%  %,d/%,d", what, bar, percent, done, total);
        if (terminal) {
            out.print("\r" + line);
        } else {
            out.println(line);
        }
        out.flush();
    }

    synchronized void done(String line) {
        if (terminal) {
            out.print("\r\033[K");
        }
        out.println(line);
        out.flush();
        lastDraw = 0;
    }
}
