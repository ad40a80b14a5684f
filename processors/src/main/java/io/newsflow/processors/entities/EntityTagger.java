package io.newsflow.processors.entities;

import io.newsflow.model.Entity;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the people, organisations and places of a text in three layers and merges their mentions
 * into entities: the gazetteer (linked to Wikidata), title rules and, for Indonesian and Malay, the
 * trained name finder (both unlinked: {@code wikidataId} null). Immutable and thread-safe; build it
 * once.
 */
public final class EntityTagger {
    /**
     * Languages the shipped name-finder model was trained for (Malay is close enough to use it).
     */
    private static final Set<String> NAME_FINDER_LANGUAGES = Set.of("id", "ms");

    /** Tokens of context the name finder gets either side of an unknown capitalised word. */
    private static final int CONTEXT = 3;

    private final Gazetteer gazetteer;
    private final Map<String, NameFinder> nameFinders;
    private final TitleRules titleRules;
    private final NameFilter filter;
    private final String rulesVersion;
    private final String version;

    EntityTagger(
            Gazetteer gazetteer,
            Map<String, NameFinder> nameFinders,
            TitleRules titleRules,
            NameFilter filter,
            String rulesVersion) {
        this.gazetteer = gazetteer;
        this.nameFinders = Map.copyOf(nameFinders);
        this.titleRules = titleRules;
        this.filter = filter;
        this.rulesVersion = rulesVersion;
        String ner =
                nameFinders.values().stream()
                        .map(NameFinder::version)
                        .distinct()
                        .sorted()
                        .reduce((a, b) -> a + "+" + b)
                        .orElse("no-ner");
        this.version = gazetteer.version() + "+" + ner + "+" + rulesVersion;
    }

    /**
     * The tagger with the gazetteer, model and rules shipped on the classpath, loaded once per JVM
     * on first use (about a second) and shared: it is immutable and thread-safe.
     */
    public static EntityTagger builtIn() {
        return BuiltIn.TAGGER;
    }

    /** Lazy holder: the resources load when first asked for, once. */
    private static final class BuiltIn {
        static final EntityTagger TAGGER = load();
    }

    /** Loads a fresh tagger from the classpath resources (for benchmarks of the load itself). */
    public static EntityTagger load() {
        NameFilter filter = NameFilter.builtIn();
        NameFinder indonesian = NameFinder.indonesian();
        var finders = new java.util.HashMap<String, NameFinder>();
        NAME_FINDER_LANGUAGES.forEach(l -> finders.put(l, indonesian));
        String rules =
                EntityResources.text(EntityResources.TITLES_ID)
                        + EntityResources.text(EntityResources.STOPWORDS_ID);
        return new EntityTagger(
                Gazetteer.builtIn(),
                finders,
                TitleRules.builtIn(filter),
                filter,
                "rules-"
                        + NerTrainer.sha256(rules.getBytes(StandardCharsets.UTF_8))
                                .substring(0, 8));
    }

    /**
     * This tagger without the statistical layer: dictionary and title rules only, about four times
     * faster on Indonesian text (see docs/entities.md), for deployments that need the throughput
     * more than the discovery of names the dictionary lacks.
     */
    public EntityTagger withoutNameFinder() {
        return new EntityTagger(gazetteer, Map.of(), titleRules, filter, rulesVersion);
    }

    /** Gazetteer, name-finder model and rules versions, e.g. {@code gaz-…+ner-id-…+rules-…}. */
    public String version() {
        return version;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /**
     * The entities of {@code text}, mentions with offsets into it. {@code language} (ISO 639-1, may
     * be {@code null}) selects the title rules and whether the name finder runs.
     */
    public List<Entity> tag(String text, String language) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return EntityMerger.merge(mentions(text, language), text);
    }

    /** The resolved, unmerged mentions: what {@link #tag} merges (and what the dev set scores). */
    List<Candidate> mentions(String text, String language) {
        List<Candidate> dictionary = withoutCitiesInsideNames(gazetteer.match(text), text);
        List<List<Token>> sentences = Tokens.sentences(text);
        List<Candidate> titled = clean(titleRules.find(sentences, dictionary, language), text);
        NameFinder finder = language == null ? null : nameFinders.get(language);
        List<Candidate> found =
                finder == null
                        ? List.of()
                        : clean(
                                finder.find(windowsAroundUnknownNames(sentences, dictionary)),
                                text);
        return MentionResolver.resolve(dictionary, titled, found, text);
    }

    /**
     * Drops a city match directly followed by another capitalised word the dictionary does not
     * know: it is then part of a longer name ("Washington Post", "New York Post", "Vladimir
     * Smirnov") that the name finder may find as a whole.
     */
    private List<Candidate> withoutCitiesInsideNames(List<Candidate> matches, String text) {
        var kept = new ArrayList<Candidate>(matches.size());
        for (int i = 0; i < matches.size(); i++) {
            Candidate c = matches.get(i);
            if ("CITY".equals(c.entry().subtype())) {
                int next = c.end();
                while (next < text.length() && text.charAt(next) == ' ') {
                    next++;
                }
                int wordEnd = next;
                while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) {
                    wordEnd++;
                }
                boolean known = i + 1 < matches.size() && matches.get(i + 1).start() == next;
                if (next > c.end()
                        && wordEnd > next
                        && Character.isUpperCase(text.charAt(next))
                        && !known
                        && !filter.isStopword(text.substring(next, wordEnd))) {
                    continue;
                }
            }
            kept.add(c);
        }
        return kept;
    }

    private List<Candidate> clean(List<Candidate> candidates, String text) {
        var kept = new ArrayList<Candidate>();
        for (Candidate c : candidates) {
            filter.clean(c, text).ifPresent(kept::add);
        }
        return kept;
    }

    /**
     * The stretches of text worth the name finder's time, whose cost is per token: each capitalised
     * word that is neither a dictionary match nor a stop word, with the rest of its capitalised run
     * and {@value #CONTEXT} tokens of context either side (the model's features look two tokens
     * away), merged where they meet; from the sentence start when that is near.
     */
    private List<List<Token>> windowsAroundUnknownNames(
            List<List<Token>> sentences, List<Candidate> known) {
        var windows = new ArrayList<List<Token>>();
        int k = 0;
        for (List<Token> sentence : sentences) {
            int n = sentence.size();
            boolean[] unknown = new boolean[n];
            for (int i = 0; i < n; i++) {
                Token t = sentence.get(i);
                while (k < known.size() && known.get(k).end() <= t.start()) {
                    k++;
                }
                boolean covered = k < known.size() && known.get(k).start() <= t.start();
                unknown[i] =
                        !covered
                                && t.isCapitalised()
                                && Character.isLetter(t.text().charAt(0))
                                && !filter.isStopword(t)
                                && !titleRules.isTitleWord(t);
            }
            int i = 0;
            while (i < n) {
                if (!unknown[i]) {
                    i++;
                    continue;
                }
                int from = i - CONTEXT <= CONTEXT ? 0 : i - CONTEXT;
                int to = Math.min(n, runEnd(sentence, i) + CONTEXT);
                int next = nextUnknown(unknown, to);
                while (next >= 0 && next < to + CONTEXT) {
                    to = Math.min(n, runEnd(sentence, next) + CONTEXT);
                    next = nextUnknown(unknown, to);
                }
                if (n - to <= CONTEXT) {
                    to = n;
                }
                windows.add(sentence.subList(from, to));
                i = to;
            }
        }
        return windows;
    }

    private static int runEnd(List<Token> sentence, int i) {
        int j = i;
        while (j < sentence.size() && sentence.get(j).isCapitalised()) {
            j++;
        }
        return j;
    }

    private static int nextUnknown(boolean[] unknown, int from) {
        for (int i = from; i < unknown.length; i++) {
            if (unknown[i]) {
                return i;
            }
        }
        return -1;
    }
}
