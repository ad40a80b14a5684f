package io.newsflow.processors.entities;

import io.newsflow.model.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Decides between competing spans of the three layers. Dictionary matches win: they are linked and
 * their boundaries are exact. The name finder comes next: a title-rule person that a name-finder
 * span overlaps gives way to it (a person found there is better bounded; an organisation or place
 * found there is what the title preceded, and the rule's person is trimmed to what follows it).
 * A name-finder span touching a dictionary match is dropped, with one exception: an organisation
 * that contains only places or shorter organisations ("Kementerian Luar Negeri Rusia", "PDI
 * Perjuangan") replaces them, because they are then part of its name.
 */
final class MentionResolver {
    private MentionResolver() {}

    static List<Candidate> resolve(
            List<Candidate> dictionary, List<Candidate> titled, List<Candidate> found, String text) {
        var accepted = new ArrayList<>(dictionary);
        var kept = new ArrayList<Candidate>();
        for (Candidate n : found) {
            List<Candidate> touched = accepted.stream().filter(n::overlaps).toList();
            if (touched.isEmpty()) {
                kept.add(n);
            } else if (isOrganisationAroundNames(n, touched)) {
                accepted.removeAll(touched);
                kept.add(n);
            }
        }
        for (Candidate t : titled) {
            Candidate person = t;
            for (Candidate n : kept) {
                if (person != null && n.overlaps(person)) {
                    person = n.type() == EntityType.PERSON ? null : after(person, n, text);
                }
            }
            if (person != null && accepted.stream().noneMatch(person::overlaps)) {
                accepted.add(person);
            }
        }
        accepted.addAll(kept);
        accepted.sort(Comparator.comparingInt(Candidate::start).thenComparingInt(Candidate::end));
        return accepted;
    }

    /** The part of {@code t} after {@code n}, or {@code null} when none is left. */
    private static Candidate after(Candidate t, Candidate n, String text) {
        int start = n.end();
        while (start < t.end() && !Character.isLetter(text.charAt(start))) {
            start++;
        }
        return start < t.end() && n.start() <= t.start()
                ? new Candidate(start, t.end(), t.type(), t.entry(), t.source())
                : null;
    }

    private static boolean isOrganisationAroundNames(Candidate n, List<Candidate> touched) {
        return n.type() == EntityType.ORGANIZATION
                && touched.stream()
                        .allMatch(
                                t ->
                                        n.contains(t)
                                                && n.length() > t.length()
                                                && t.type() != EntityType.PERSON);
    }
}
