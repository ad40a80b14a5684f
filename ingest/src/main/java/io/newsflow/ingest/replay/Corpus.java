package io.newsflow.ingest.replay;

import io.newsflow.model.RawArticle;
import java.util.function.Consumer;

/**
 * A replayable collection of articles: the built-in seeds, a directory of text files or a JSON
 * Lines file. Articles are streamed, never all held in memory, so a backfill may be any size.
 */
public interface Corpus {
    /** What the corpus is, for logs: {@code built-in seeds}, a path. */
    String describe();

    /**
     * Hands every article to {@code sink} in a stable order. Entries that cannot be read are
     * reported to {@code rejects} with their position and reason, and the rest go on.
     */
    void forEach(Consumer<RawArticle> sink, Consumer<Rejected> rejects);

    /** An entry of a corpus that is not an article, and why. */
    record Rejected(String position, String reason) {}
}
