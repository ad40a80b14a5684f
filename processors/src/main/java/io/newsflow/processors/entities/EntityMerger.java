package io.newsflow.processors.entities;

import io.newsflow.model.Entity;
import io.newsflow.model.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Merges the mentions of one article into entities. Linked mentions group by their gazetteer
 * entity. An unlinked person joins the person whose name contains it word for word ("Radakin" joins
 * "Tony Radakin", "Putin" joins "Vladimir Putin"), longest names first; other unlinked mentions
 * group by type and text. Entities come out in order of their first mention, mentions in text
 * order, so the output is deterministic.
 */
final class EntityMerger {
    private EntityMerger() {}

    /** The mentions of one entity while merging. */
    private static final class Group {
        final GazetteerEntry entry;
        final EntityType type;
        final List<Candidate> mentions = new ArrayList<>();
        // the word lists of its names, kept for people only: only they are matched word for word
        final Set<List<String>> names = new LinkedHashSet<>();

        Group(GazetteerEntry entry, EntityType type) {
            this.entry = entry;
            this.type = type;
            if (entry != null && type == EntityType.PERSON) {
                names.add(words(entry.name()));
            }
        }

        void add(Candidate c, List<String> words) {
            mentions.add(c);
            if (type == EntityType.PERSON) {
                names.add(words);
            }
        }

        boolean hasNameContaining(List<String> words) {
            for (List<String> n : names) {
                if (n.size() > words.size() && containsRun(n, words)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** An unlinked mention with its surface words, split once. */
    private record Unlinked(Candidate candidate, List<String> words) {}

    static List<Entity> merge(List<Candidate> mentions, String text) {
        var groups = new LinkedHashMap<String, Group>();
        var unlinked = new ArrayList<Unlinked>();
        for (Candidate c : mentions) {
            List<String> words = words(text, c.start(), c.end());
            if (c.isLinked()) {
                groups.computeIfAbsent(c.entry().key(), k -> new Group(c.entry(), c.type()))
                        .add(c, words);
            } else {
                unlinked.add(new Unlinked(c, words));
            }
        }
        unlinked.sort(
                Comparator.comparingInt((Unlinked u) -> -u.words().size())
                        .thenComparingInt(u -> u.candidate().start()));
        for (Unlinked u : unlinked) {
            Candidate c = u.candidate();
            Group target =
                    c.type() == EntityType.PERSON ? personContaining(groups, u.words()) : null;
            if (target == null) {
                // by text alone: the name finder may call one name ORG here and LOC there
                String key = "text:" + String.join(" ", u.words()).toLowerCase(Locale.ROOT);
                target = groups.computeIfAbsent(key, k -> new Group(null, c.type()));
            }
            target.add(c, u.words());
        }
        var entities = new ArrayList<Entity>();
        for (Group g : groups.values()) {
            g.mentions.sort(Comparator.comparingInt(Candidate::start));
            entities.add(toEntity(g, text));
        }
        entities.sort(Comparator.comparingInt((Entity e) -> e.mentions().get(0).start()));
        return List.copyOf(entities);
    }

    private static Group personContaining(Map<String, Group> groups, List<String> words) {
        Group unlinkedMatch = null;
        for (Group g : groups.values()) {
            if (g.type == EntityType.PERSON && g.hasNameContaining(words)) {
                if (g.entry != null) {
                    return g;
                }
                if (unlinkedMatch == null) {
                    unlinkedMatch = g;
                }
            }
        }
        return unlinkedMatch;
    }

    private static Entity toEntity(Group g, String text) {
        var mentions = new ArrayList<Entity.Mention>();
        String longest = "";
        for (Candidate c : g.mentions) {
            String surface = text.substring(c.start(), c.end());
            mentions.add(new Entity.Mention(surface, c.start(), c.end()));
            if (surface.length() > longest.length()) {
                longest = surface;
            }
        }
        return g.entry != null
                ? new Entity(
                        g.entry.name(),
                        g.entry.type(),
                        g.entry.subtype(),
                        g.entry.wikidataId(),
                        mentions,
                        mentions.size())
                : new Entity(longest, g.type, null, null, mentions, mentions.size());
    }

    private static List<String> words(String s) {
        return words(s, 0, s.length());
    }

    /** The words of {@code text[from, to)} split at {@code \s+}, without a regex per call. */
    private static List<String> words(String text, int from, int to) {
        var words = new ArrayList<String>(4);
        int i = from;
        while (i < to) {
            while (i < to && isSpace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < to && !isSpace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                words.add(text.substring(start, i));
            }
        }
        return words.isEmpty() ? List.of("") : words;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\013' || c == '\f' || c == '\r';
    }

    private static boolean containsRun(List<String> haystack, List<String> needle) {
        for (int i = 0; i + needle.size() <= haystack.size(); i++) {
            if (haystack.subList(i, i + needle.size()).equals(needle)) {
                return true;
            }
        }
        return false;
    }
}
