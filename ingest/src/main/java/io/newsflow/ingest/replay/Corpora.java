package io.newsflow.ingest.replay;

import java.nio.file.Files;
import java.nio.file.Path;

/** Picks the corpus kind for a path given on the command line. */
public final class Corpora {
    private Corpora() {}

    /** The built-in seeds for {@code null}, a text directory for a directory, else JSON Lines. */
    public static Corpus forPath(Path path) {
        if (path == null) {
            return new SeedsCorpus();
        }
        if (Files.isDirectory(path)) {
            return new TextDirectoryCorpus(path);
        }
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException(
                    "no corpus at "
                            + path
                            + ": give a directory of .txt files or a JSON Lines file of RawArticles");
        }
        return JsonLinesCorpus.of(path);
    }
}
