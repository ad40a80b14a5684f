package io.newsflow.model;

/** The identity ledger's decision about one incoming article. */
public enum IdentityStatus {
    /** First time seen; its story id is its own article id. */
    NEW,
    /** The same article again with changed content: a new revision. */
    UPDATED,
    /** The same article again, same content. */
    DUPLICATE_OF,
    /** Near-duplicate text from another source or URL: a re-run of an earlier story. */
    SYNDICATED_COPY
}
