package io.newsflow.model;

import java.util.List;

/**
 * A named entity found in an article, with all its mentions merged. {@code wikidataId} is {@code
 * null} for names discovered but not linked — never an invented id.
 */
public record Entity(
        String name,
        EntityType type,
        String subtype,
        String wikidataId,
        List<Mention> mentions,
        int count) {

    public Entity {
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }

    /** One occurrence: the text as written and its character offsets in the normalized text. */
    public record Mention(String text, int start, int end) {}
}
