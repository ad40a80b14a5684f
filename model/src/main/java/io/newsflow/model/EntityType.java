package io.newsflow.model;

/** Coarse entity classes every consumer can rely on; finer classes go in {@code subtype}. */
public enum EntityType {
    PERSON,
    ORGANIZATION,
    LOCATION,
    EVENT,
    MISC
}
