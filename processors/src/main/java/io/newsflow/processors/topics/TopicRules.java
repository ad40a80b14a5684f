package io.newsflow.processors.topics;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Everything topic tagging knows, loaded once from a {@link RuleSource}: the taxonomy, one compiled
 * {@link PatternIndex} per language of the rules manifest (its own rules plus the
 * language-independent ones), the language-independent index for every other language, and the
 * entity hints. Immutable and thread-safe.
 *
 * <p>{@link #version()} combines the taxonomy version, the manifest's rules version and a digest of
 * every file read, so an edited rule changes the version recorded in enriched records even if
 * nobody bumped a number.
 */
public final class TopicRules {
    static final String TAXONOMY = "medtop.tsv";
    static final String MANIFEST = "rules/manifest.tsv";
    static final String INDEPENDENT = "rules/und.rules";
    static final String HINTS = "entity-hints.tsv";

    private final Taxonomy taxonomy;
    private final Map<String, PatternIndex> byLanguage;
    private final PatternIndex independent;
    private final EntityHints hints;
    private final String version;

    private TopicRules(
            Taxonomy taxonomy,
            Map<String, PatternIndex> byLanguage,
            PatternIndex independent,
            EntityHints hints,
            String version) {
        this.taxonomy = taxonomy;
        this.byLanguage = byLanguage;
        this.independent = independent;
        this.hints = hints;
        this.version = version;
    }

    public Taxonomy taxonomy() {
        return taxonomy;
    }

    public String version() {
        return version;
    }

    /** The languages with their own rules, in manifest order. */
    public List<String> languages() {
        return List.copyOf(byLanguage.keySet());
    }

    /** The rules for a language: its own, or the language-independent ones if it has none. */
    PatternIndex forLanguage(String language) {
        return language == null ? independent : byLanguage.getOrDefault(language, independent);
    }

    Map<String, PatternIndex> byLanguage() {
        return byLanguage;
    }

    EntityHints hints() {
        return hints;
    }

    /** Total compiled patterns over all languages, for logs and benchmarks. */
    public int patternCount() {
        return independent.size() + byLanguage.values().stream().mapToInt(PatternIndex::size).sum();
    }

    public static TopicRules builtIn() {
        return load(RuleSource.builtIn());
    }

    /**
     * Reads and compiles every file the manifest names; throws {@link IllegalArgumentException}
     * naming the file and line of the first mistake.
     */
    public static TopicRules load(RuleSource source) {
        MessageDigest digest = sha256();
        Taxonomy taxonomy =
                Taxonomy.parse(read(source, TAXONOMY, digest), describe(source, TAXONOMY));
        String manifest = read(source, MANIFEST, digest);
        String rulesVersion = RuleFile.version(manifest, describe(source, MANIFEST));

        var files = new LinkedHashMap<String, RuleFile>();
        String independentText = read(source, INDEPENDENT, digest);
        RuleFile independentRules =
                RuleFile.parse(independentText, describe(source, INDEPENDENT), taxonomy);

        var byLanguage = new LinkedHashMap<String, PatternIndex>();
        String[] lines = manifest.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            String where = describe(source, MANIFEST) + ":" + (i + 1);
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("version")) {
                continue;
            }
            String[] f = line.split("\t+");
            if (f.length != 3 || !f[0].matches("[a-z]{2,3}") || !Stemmers.exists(f[1])) {
                throw new IllegalArgumentException(
                        where
                                + ": expected 'language<TAB>analyzer<TAB>file,file' with an ISO"
                                + " 639 code and a known analyzer");
            }
            var rules = new ArrayList<>(independentRules.rules());
            for (String name : f[2].split(",")) {
                String file = "rules/" + name.strip().toLowerCase(Locale.ROOT) + ".rules";
                RuleFile parsed = files.get(file);
                if (parsed == null) {
                    parsed =
                            RuleFile.parse(
                                    read(source, file, digest), describe(source, file), taxonomy);
                    files.put(file, parsed);
                }
                rules.addAll(parsed.rules());
            }
            byLanguage.put(f[0], PatternIndex.compile(Stemmers.named(f[1]), rules));
        }
        PatternIndex independent =
                PatternIndex.compile(Stemmers.named(Stemmers.NEUTRAL), independentRules.rules());
        EntityHints hints =
                source.read(HINTS).isPresent()
                        ? EntityHints.parse(
                                read(source, HINTS, digest), describe(source, HINTS), taxonomy)
                        : EntityHints.none();
        String version =
                taxonomy.version()
                        + "+rules-"
                        + rulesVersion
                        + "."
                        + HexFormat.of().formatHex(digest.digest()).substring(0, 8);
        return new TopicRules(
                taxonomy, Collections.unmodifiableMap(byLanguage), independent, hints, version);
    }

    private static String read(RuleSource source, String name, MessageDigest digest) {
        String text =
                source.read(name)
                        .orElseThrow(
                                () ->
                                        new IllegalArgumentException(
                                                describe(source, name) + ": file not found"));
        digest.update(name.getBytes(StandardCharsets.UTF_8));
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        return text;
    }

    private static String describe(RuleSource source, String name) {
        return source.describe().replaceAll("/+$", "") + "/" + name;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
