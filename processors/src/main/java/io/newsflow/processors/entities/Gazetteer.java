package io.newsflow.processors.entities;

import io.newsflow.model.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The entity dictionary (alias → entity) compiled by {@code scripts/build-gazetteer}, with a trie
 * of all aliases walked from word starts ({@link WordTrie}). Immutable and thread-safe once built.
 *
 * <p>Matching is case-sensitive, so the Indonesian acronym {@code AS} never matches the English
 * word "as". Matches must be whole words (no letter or digit on either side), and where matches
 * overlap the longest wins ({@code Dewan Keamanan PBB} over {@code PBB}). In an ALL-CAPS line (a
 * headline) words are also matched in title case ({@code PUTIN} as {@code Putin}), while acronyms
 * that are also common words ({@code AS}, {@code US}, {@code WHO}) are ignored there.
 */
public final class Gazetteer {
    private static final int MIN_CAPS_LINE_LETTERS = 8;

    private final WordTrie<Alias> trie;
    private final String version;
    private final int entityCount;
    private final int aliasCount;

    /** An alias as stored in the trie. */
    private record Alias(GazetteerEntry entry, boolean commonWordAcronym) {}

    private Gazetteer(WordTrie<Alias> trie, String version, int entityCount, int aliasCount) {
        this.trie = trie;
        this.version = version;
        this.entityCount = entityCount;
        this.aliasCount = aliasCount;
    }

    /** The gazetteer shipped on the classpath. */
    public static Gazetteer builtIn() {
        return parse(EntityResources.text(EntityResources.GAZETTEER_ID));
    }

    /**
     * Parses the compiled TSV: {@code qid, type, subtype, name, aliases} per line, aliases
     * separated by {@code |}, a leading {@code =} marking a common-word acronym; {@code #} lines
     * are comments, the first one carrying the version.
     */
    public static Gazetteer parse(String tsv) {
        var byText = new LinkedHashMap<String, List<Alias>>();
        String version = "unversioned";
        int entities = 0;
        int aliases = 0;
        for (String line : tsv.split("\n")) {
            if (line.startsWith("#")) {
                if (entities == 0 && version.equals("unversioned")) {
                    version = versionIn(line);
                }
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 5) {
                throw new IllegalArgumentException("gazetteer line without 5 fields: " + line);
            }
            GazetteerEntry entry = entryOf(f);
            entities++;
            for (String alias : f[4].split("\\|")) {
                boolean acronym = alias.startsWith("=");
                String text = acronym ? alias.substring(1) : alias;
                if (!text.isEmpty()) {
                    byText.computeIfAbsent(text, t -> new ArrayList<>())
                            .add(new Alias(entry, acronym));
                    aliases++;
                }
            }
        }
        return new Gazetteer(WordTrie.of(byText), version, entities, aliases);
    }

    /** The entry of a TSV line's fields: {@code qid, type, subtype, name, …}. */
    static GazetteerEntry entryOf(String[] fields) {
        String qid = fields[0].isEmpty() ? null : fields[0];
        return new GazetteerEntry(
                qid != null ? qid : "name:" + fields[3],
                qid,
                EntityType.valueOf(fields[1]),
                fields[2].isEmpty() ? null : fields[2],
                fields[3]);
    }

    private static String versionIn(String header) {
        for (String word : header.split("\\s+")) {
            if (word.startsWith("gaz-")) {
                return word.replaceAll("[^A-Za-z0-9-]", "");
            }
        }
        return "unversioned";
    }

    public String version() {
        return version;
    }

    public int entityCount() {
        return entityCount;
    }

    public int aliasCount() {
        return aliasCount;
    }

    /** Whole-word, longest, non-overlapping matches in {@code text}, by start offset. */
    List<Candidate> match(String text) {
        var found = new ArrayList<Candidate>();
        boolean[] capsLine = capsLines(text);
        collect(text, 0, text, capsLine, false, found);
        String titleCased = capsLine == null ? null : titleCaseCapsLines(text, capsLine);
        if (titleCased != null) {
            // only the shouted lines differ in this view: scan just them, not the text again
            int i = 0;
            while (i < text.length()) {
                if (!capsLine[i]) {
                    i++;
                    continue;
                }
                int lineEnd = i;
                while (lineEnd < text.length() && capsLine[lineEnd]) {
                    lineEnd++;
                }
                collect(titleCased.substring(i, lineEnd), i, text, capsLine, true, found);
                i = lineEnd;
            }
        }
        return longestFirst(found);
    }

    /** Matches in {@code haystack}, a view of {@code text} from {@code offset}. */
    private void collect(
            String haystack,
            int offset,
            String text,
            boolean[] capsLine,
            boolean titleCasedView,
            List<Candidate> found) {
        trie.find(
                haystack,
                offset,
                text,
                (start, end, aliases) -> {
                    boolean inCapsLine = capsLine != null && capsLine[start];
                    for (Alias alias : aliases) {
                        if (!titleCasedView && inCapsLine && alias.commonWordAcronym()) {
                            continue;
                        }
                        found.add(Candidate.linked(start, end, alias.entry()));
                    }
                });
    }

    /** Keeps the longest of overlapping matches (then the leftmost), returned by start. */
    static List<Candidate> longestFirst(List<Candidate> candidates) {
        var byLength = new ArrayList<>(candidates);
        byLength.sort(Gazetteer::longerThenLeftmost);
        var taken = new java.util.BitSet();
        var kept = new ArrayList<Candidate>();
        for (Candidate c : byLength) {
            if (taken.nextSetBit(c.start()) < 0 || taken.nextSetBit(c.start()) >= c.end()) {
                taken.set(c.start(), c.end());
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparingInt(Candidate::start));
        return kept;
    }

    private static int longerThenLeftmost(Candidate a, Candidate b) {
        int byLength = Integer.compare(b.length(), a.length());
        if (byLength != 0) {
            return byLength;
        }
        int byStart = Integer.compare(a.start(), b.start());
        return byStart != 0 ? byStart : keyOf(a).compareTo(keyOf(b));
    }

    private static String keyOf(Candidate c) {
        return c.entry() == null ? "" : c.entry().key();
    }

    /**
     * For each character: is it on a line written in capitals (a shouted headline)? {@code null}
     * when no line is.
     */
    private static boolean[] capsLines(String text) {
        boolean[] caps = null;
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                int upper = 0;
                boolean lower = false;
                for (int j = lineStart; j < i && !lower; j++) {
                    char c = text.charAt(j);
                    lower = Character.isLowerCase(c);
                    upper += Character.isUpperCase(c) ? 1 : 0;
                }
                if (!lower && upper >= MIN_CAPS_LINE_LETTERS) {
                    if (caps == null) {
                        caps = new boolean[text.length() + 1];
                    }
                    java.util.Arrays.fill(caps, lineStart, i, true);
                }
                lineStart = i + 1;
            }
        }
        return caps;
    }

    /**
     * The text with every ALL-CAPS line title-cased char by char (same length, so offsets hold), or
     * {@code null} when there is no such line.
     */
    private static String titleCaseCapsLines(String text, boolean[] capsLine) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            if (capsLine[i] && i > 0 && Character.isLetter(text.charAt(i - 1))) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = Character.toLowerCase(chars[i]);
            }
        }
        return chars == null ? null : new String(chars);
    }
}
