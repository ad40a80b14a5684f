package io.newsflow.processors.entities;

import io.newsflow.model.Entity;
import io.newsflow.model.EntityType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
        final List<List<String>> names = new ArrayList<>();

        Group(GazetteerEntry entry, EntityType type) {
            this.entry = entry;
            this.type = type;
            if (entry != null) {
                names.add(words(entry.name()));
            }
        }

        void add(Candidate c, String text) {
            mentions.add(c);
            names.add(words(text.substring(c.start(), c.end())));
        }

        boolean hasNameContaining(List<String> words) {
            return names.stream().anyMatch(n -> n.size() > words.size() && containsRun(n, words));
        }
    }

    static List<Entity> merge(List<Candidate> mentions, String text) {
        var groups = new LinkedHashMap<String, Group>();
        for (Candidate c : mentions) {
            if (c.isLinked()) {
                groups.computeIfAbsent(c.entry().key(), k -> new Group(c.entry(), c.type()))
                        .add(c, text);
            }
        }
        var unlinked = new ArrayList<>(mentions.stream().filter(c -> !c.isLinked()).toList());
        unlinked.sort(
                Comparator.comparingInt(
                                (Candidate c) -> -words(text.substring(c.start(), c.end())).size())
                        .thenComparingInt(Candidate::start));
        for (Candidate c : unlinked) {
            String surface = text.substring(c.start(), c.end());
            Group target =
                    c.type() == EntityType.PERSON ? personContaining(groups, words(surface)) : null;
            if (target == null) {
                // by text alone: the name finder may call one name ORG here and LOC there
                String key = "text:" + String.join(" ", words(surface)).toLowerCase(Locale.ROOT);
                target = groups.computeIfAbsent(key, k -> new Group(null, c.type()));
            }
            target.add(c, text);
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
        return Arrays.asList(s.trim().split("\\s+"));
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
