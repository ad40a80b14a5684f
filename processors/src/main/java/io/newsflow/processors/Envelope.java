package io.newsflow.processors;

import io.newsflow.model.EnrichedArticle;

/**
 * A record travelling through the enrichment topology: the article so far, or the failure that will
 * send it to the dead-letter topic. Once failed, later steps pass it through untouched.
 */
public record Envelope(EnrichedArticle article, Failure failure) {

    public static Envelope ok(EnrichedArticle article) {
        return new Envelope(article, null);
    }

    public static Envelope failed(Failure failure) {
        return new Envelope(null, failure);
    }

    public boolean isFailed() {
        return failure != null;
    }

    /** Applies a step, turning an exception into a failure of that stage. */
    public Envelope then(EnrichmentStep step) {
        if (isFailed()) {
            return this;
        }
        try {
            return ok(step.apply(article));
        } catch (RuntimeException e) {
            return failed(Failure.of(step.name(), e, article));
        }
    }

    /**
     * Why a record cannot go on: the stage, the error, and the bytes to put on the dead-letter
     * topic (the original value where the record never parsed, else the article as JSON).
     */
    public record Failure(String stage, String errorClass, String message, byte[] value) {
        public static Failure of(String stage, Throwable error, byte[] value) {
            return new Failure(
                    stage, error.getClass().getName(), String.valueOf(error.getMessage()), value);
        }

        public static Failure of(String stage, Throwable error, EnrichedArticle article) {
            return of(stage, error, Codecs.ENRICHED.serialize(null, article));
        }
    }
}
