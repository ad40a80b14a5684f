package io.newsflow.processors.entities;

import io.newsflow.model.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Decides between competing spans of the three layers. Dictionary matches win: they are linked and
 * their boundaries are exact. Where a title-rule person and a name-finder person nest, the rule's
 * span wins (it knows where the title ends); where they merely overlap, the name finder's does. An
 * organisation or place the name finder finds inside a rule's span is what the title preceded, and
 * the rule's person is trimmed to what follows it. A name-finder span touching a dictionary match
 * is dropped, except a longer name around dictionary places: an organisation that contains only
 * places or parties ("Kementerian Luar Negeri Rusia", "PDI Perjuangan"), a place around places
 * ("Jalur Gaza", "Asia Tenggara") or a person whose name ends in a place's ("Badrodin Haiti")
 * replaces them, because they are then part of its name.
 */
final class MentionResolver {
    private MentionResolver() {}

    static List<Candidate> resolve(
            List<Candidate> dictionary,
            List<Candidate> titled,
            List<Candidate> found,
            String text) {
        var accepted = new ArrayList<>(dictionary);
        var kept = new ArrayList<Candidate>();
        for (Candidate n : found) {
            List<Candidate> touched = accepted.stream().filter(n::overlaps).toList();
            if (touched.isEmpty()) {
                kept.add(n);
            } else if (isLongerNameAroundPlaces(n, touched)) {
                accepted.removeAll(touched);
                kept.add(n);
            }
        }
        for (Candidate t : titled) {
            Candidate person = t;
            for (Candidate n : List.copyOf(kept)) {
                if (person == null || !n.overlaps(person)) {
                    continue;
                }
                if (n.type() != EntityType.PERSON) {
                    person = after(person, n, text);
                } else if (n.contains(person) || person.contains(n)) {
                    // the rule knows where the title ends and the name runs on: "Laksamana Tony
                    // Radakin" is Tony Radakin, "… Gedung Putih Karoline Leavitt" more than Leavitt
                    kept.remove(n);
                } else {
                    person = null;
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

    /**
     * Whether a name-finder span is a longer name of which the dictionary matched only places (or
     * parties) inside: an organisation ("Kementerian Luar Negeri Rusia", "PDI Perjuangan"), a place
     * ("Jalur Gaza", "Asia Tenggara", "New Mexico", "Istana Bogor") or a person whose name goes on
     * with a place's ("Badrodin Haiti", "Muhaimin Iskandar"; a place that opens the span is more
     * likely the title's country, "Rusia Vladimir …", so it stays).
     */
    private static boolean isLongerNameAroundPlaces(Candidate n, List<Candidate> touched) {
        for (Candidate t : touched) {
            boolean inside = n.contains(t) && n.length() > t.length();
            boolean place = t.type() == EntityType.LOCATION;
            boolean fits =
                    switch (n.type()) {
                        case ORGANIZATION -> place || "POLITICAL_PARTY".equals(t.entry().subtype());
                        case LOCATION -> place;
                        case PERSON -> place && t.start() > n.start();
                        default -> false;
                    };
            if (!inside || !fits) {
                return false;
            }
        }
        return true;
    }
}
