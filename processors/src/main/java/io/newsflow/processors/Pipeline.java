package io.newsflow.processors;

/** The version of the enrichment pipeline, recorded in every enriched record's {@code versions}. */
public final class Pipeline {
    public static final String VERSION = "0.1.0";

    private Pipeline() {}
}
