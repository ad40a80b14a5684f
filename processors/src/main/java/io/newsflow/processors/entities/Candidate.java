package io.newsflow.processors.entities;

import io.newsflow.model.EntityType;

/**
 * A proposed mention before overlaps are resolved and mentions merged: a span of the tagged text,
 * what it is, and which layer found it. {@code entry} is the gazetteer entity when the span is
 * linked, else {@code null}.
 */
record Candidate(int start, int end, EntityType type, GazetteerEntry entry, Source source) {

    /** The layers that propose mentions, in the order they are trusted when spans compete. */
    enum Source {
        GAZETTEER,
        TITLE_RULE,
        NAME_FINDER
    }

    static Candidate linked(int start, int end, GazetteerEntry entry) {
        return new Candidate(start, end, entry.type(), entry, Source.GAZETTEER);
    }

    static Candidate discovered(int start, int end, EntityType type, Source source) {
        return new Candidate(start, end, type, null, source);
    }

    int length() {
        return end - start;
    }

    boolean overlaps(Candidate other) {
        return start < other.end && other.start < end;
    }

    boolean contains(Candidate other) {
        return start <= other.start && other.end <= end;
    }

    boolean isLinked() {
        return entry != null;
    }
}
