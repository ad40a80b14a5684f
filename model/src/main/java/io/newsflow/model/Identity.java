package io.newsflow.model;

import java.util.List;

/**
 * What the identity ledger decided about an article: which story it belongs to, which revision it
 * is, and which signal ({@code rule}) decided it, with the similarity score where one applies.
 */
public record Identity(
        String storyId,
        int revision,
        String fingerprint,
        String simhash,
        IdentityStatus status,
        String duplicateOf,
        Double similarity,
        String rule,
        List<String> changedFields) {

    public Identity {
        changedFields = changedFields == null ? List.of() : List.copyOf(changedFields);
    }
}
