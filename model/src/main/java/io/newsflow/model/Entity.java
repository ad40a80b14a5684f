package io.newsflow.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A named entity found in an article, with all its mentions merged. {@code wikidataId} is {@code
 * null} for names discovered but not linked — never an invented id.
 */
public record Entity(
        String name,
        EntityType type,
        String subtype,
        // always written, also when null: "found but not linked" is information, not absence
        @JsonInclude(JsonInclude.Include.ALWAYS) String wikidataId,
        List<Mention> mentions,
        int count) {

    public Entity {
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }

    /** Written even when null: consumers can tell an unlinked name from an older record shape. */
    @Override
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public String wikidataId() {
        return wikidataId;
    }

    /** One occurrence: the text as written and its character offsets in the normalized text. */
    public record Mention(String text, int start, int end) {}
}
