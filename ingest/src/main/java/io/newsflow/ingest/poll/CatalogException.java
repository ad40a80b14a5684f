package io.newsflow.ingest.poll;

import java.util.List;

/** A feed catalog file that cannot be imported, with every problem found in it. */
public final class CatalogException extends RuntimeException {
    private final List<String> problems;

    public CatalogException(String source, List<String> problems) {
        super(source + ": " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
