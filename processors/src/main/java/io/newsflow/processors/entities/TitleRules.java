package io.newsflow.processors.entities;

import io.newsflow.model.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rule layer: a capitalised name right after a title is a person ("Presiden Rusia Vladimir
 * Putin", "Laksamana Tony Radakin", "juru bicara Departemen Luar Negeri AS Tammy Bruce"). Between
 * title and name may sit office words ("Luar Negeri"), places and organisations known to the
 * gazetteer ("Rusia", "AS", "NATO"), honorifics ("Sir") and further titles ("Kapolri Jenderal");
 * the name is the run of capitalised words after the last of them, one to four words long. Rules
 * come from {@code title-rules.tsv} per language; an unknown language uses all of them.
 */
final class TitleRules {
    // one word after a title is too often a ministry or agency ("Menteri Agama"); known one-word
    // names (Trump, Jokowi) come from the gazetteer, unknown ones from the name finder
    private static final int MIN_NAME_WORDS = 2;
    private static final int MAX_NAME_WORDS = 4;
    private static final String ANY = "*";

    private final Map<String, Lexicon> byLanguage;
    private final Lexicon all;
    private final NameFilter filter;
    private final Set<String> titleWords;

    /** The phrases of one language, as lower-case token sequences. */
    private record Lexicon(
            List<List<String>> titles,
            Set<String> offices,
            List<List<String>> honorifics,
            Set<String> organisationWords,
            List<List<String>> triggers,
            Map<String, List<List<String>>> triggersByFirstWord) {
        static Lexicon empty() {
            return new Lexicon(
                    new ArrayList<>(),
                    new HashSet<>(),
                    new ArrayList<>(),
                    new HashSet<>(),
                    new ArrayList<>(),
                    new HashMap<>());
        }

        void add(String kind, List<String> phrase) {
            switch (kind) {
                case "title" -> titles.add(phrase);
                case "office" -> offices.addAll(phrase);
                case "honorific" -> honorifics.add(phrase);
                case "organisation" -> organisationWords.addAll(phrase);
                default -> throw new IllegalArgumentException("unknown title-rule kind " + kind);
            }
        }

        void addAll(Lexicon other) {
            titles.addAll(other.titles);
            offices.addAll(other.offices);
            honorifics.addAll(other.honorifics);
            organisationWords.addAll(other.organisationWords);
        }

        /**
         * Triggers (what a name may follow) = titles + honorifics, longest first, indexed by first
         * word; only they are looked up.
         */
        void seal() {
            triggers.clear();
            triggers.addAll(titles);
            triggers.addAll(honorifics);
            triggers.sort(Comparator.comparingInt(List<String>::size).reversed());
            triggersByFirstWord.clear();
            for (List<String> t : triggers) {
                triggersByFirstWord.computeIfAbsent(t.get(0), k -> new ArrayList<>()).add(t);
            }
        }
    }

    private TitleRules(Map<String, Lexicon> byLanguage, Lexicon all, NameFilter filter) {
        this.byLanguage = byLanguage;
        this.all = all;
        this.filter = filter;
        var words = new HashSet<String>(all.offices());
        all.triggers().forEach(words::addAll);
        this.titleWords = Set.copyOf(words);
    }

    static TitleRules builtIn(NameFilter filter) {
        return parse(EntityResources.text(EntityResources.TITLES_ID), filter);
    }

    static TitleRules parse(String tsv, NameFilter filter) {
        var byLanguage = new HashMap<String, Lexicon>();
        var all = Lexicon.empty();
        var everyLanguage = Lexicon.empty();
        for (String line : tsv.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 3) {
                throw new IllegalArgumentException("title rule without 3 fields: " + line);
            }
            List<String> phrase = words(f[2]);
            (f[0].equals(ANY)
                            ? everyLanguage
                            : byLanguage.computeIfAbsent(f[0], k -> Lexicon.empty()))
                    .add(f[1], phrase);
            all.add(f[1], phrase);
        }
        byLanguage.values().forEach(l -> l.addAll(everyLanguage));
        byLanguage.values().forEach(Lexicon::seal);
        all.seal();
        return new TitleRules(Map.copyOf(byLanguage), all, filter);
    }

    private static List<String> words(String phrase) {
        var words = new ArrayList<String>();
        for (var sentence : Tokens.sentences(phrase)) {
            sentence.forEach(t -> words.add(t.lower()));
        }
        return List.copyOf(words);
    }

    /**
     * Whether {@code word} is part of a title, office or form of address in any language
     * ("Presiden", "Luar", "Negeri", "Sir"): such a word alone is no reason to look for a name.
     */
    boolean isTitleWord(Token token) {
        return titleWords.contains(token.lower());
    }

    /** Persons named after a title in the sentences; {@code known} are the gazetteer matches. */
    List<Candidate> find(List<List<Token>> sentences, List<Candidate> known, String language) {
        Lexicon lexicon = language == null ? all : byLanguage.getOrDefault(language, all);
        var found = new ArrayList<Candidate>();
        for (List<Token> sentence : sentences) {
            int i = 0;
            while (i < sentence.size()) {
                int afterTitle = matchTrigger(sentence, i, lexicon);
                if (afterTitle < 0) {
                    i++;
                    continue;
                }
                int[] name = nameAfter(sentence, afterTitle, known, lexicon);
                if (name != null) {
                    found.add(
                            Candidate.discovered(
                                    sentence.get(name[0]).start(),
                                    sentence.get(name[1] - 1).end(),
                                    EntityType.PERSON,
                                    Candidate.Source.TITLE_RULE));
                    i = name[1];
                } else {
                    i = afterTitle;
                }
            }
        }
        return found;
    }

    /** Token range [from, to) of the name after a title, or {@code null}. */
    private int[] nameAfter(
            List<Token> sentence, int from, List<Candidate> known, Lexicon lexicon) {
        int nameStart = from;
        int j = from;
        while (j < sentence.size()) {
            Token token = sentence.get(j);
            boolean nameBegun = j > nameStart;
            Candidate k = covering(known, token);
            if (k != null) {
                if (k.type() != EntityType.PERSON && nameBegun) {
                    break;
                }
                j = firstTokenAfter(sentence, j, k.end());
                if (k.type() != EntityType.PERSON) {
                    nameStart = j;
                }
                continue;
            }
            // titles stack before a name ("Kapolri Jenderal Sutarman", "Bapak Presiden …")
            int afterTrigger = nameBegun ? -1 : matchTrigger(sentence, j, lexicon);
            if (afterTrigger > 0) {
                j = afterTrigger;
                nameStart = j;
                continue;
            }
            if (lexicon.offices().contains(token.lower())) {
                if (nameBegun) {
                    break;
                }
                j++;
                nameStart = j;
                continue;
            }
            if (token.isCapitalised()
                    && Character.isLetter(token.text().charAt(0))
                    && !filter.isStopword(token)) {
                j++;
                continue;
            }
            break;
        }
        int words = j - nameStart;
        for (int w = nameStart; w < j; w++) {
            if (lexicon.organisationWords().contains(sentence.get(w).lower())) {
                return null; // "Ketua Umum Partai Golkar …": the name finder must split it
            }
        }
        return words >= MIN_NAME_WORDS && words <= MAX_NAME_WORDS ? new int[] {nameStart, j} : null;
    }

    /**
     * The known match covering {@code token}, or {@code null}; {@code known} is sorted by start.
     */
    private static Candidate covering(List<Candidate> known, Token token) {
        int lo = 0;
        int hi = known.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Candidate c = known.get(mid);
            if (c.end() <= token.start()) {
                lo = mid + 1;
            } else if (c.start() > token.start()) {
                hi = mid - 1;
            } else {
                return c.end() >= token.end() ? c : null;
            }
        }
        return null;
    }

    private static int firstTokenAfter(List<Token> sentence, int from, int offset) {
        int j = from;
        while (j < sentence.size() && sentence.get(j).start() < offset) {
            j++;
        }
        return j;
    }

    /**
     * The index after the longest title or honorific at {@code i} and the period of its
     * abbreviation ("Dr.", "Mr."), or -1.
     */
    private static int matchTrigger(List<Token> sentence, int i, Lexicon lexicon) {
        List<List<String>> candidates = lexicon.triggersByFirstWord().get(sentence.get(i).lower());
        int after = candidates == null ? -1 : matchPhrase(sentence, i, candidates);
        return after > 0 && after < sentence.size() && sentence.get(after).text().equals(".")
                ? after + 1
                : after;
    }

    /** The index after the longest phrase matching at {@code i}, or -1. */
    private static int matchPhrase(List<Token> sentence, int i, List<List<String>> phrases) {
        for (List<String> phrase : phrases) {
            if (i + phrase.size() > sentence.size()) {
                continue;
            }
            boolean match = true;
            for (int p = 0; p < phrase.size() && match; p++) {
                match = sentence.get(i + p).lower().equals(phrase.get(p));
            }
            if (match) {
                return i + phrase.size();
            }
        }
        return -1;
    }
}
