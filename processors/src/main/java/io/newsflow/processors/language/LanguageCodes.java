package io.newsflow.processors.language;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The one place where language codes from every source become newsflow codes: ISO 639-1 where one
 * exists, else ISO 639-3, lower case. Feed declarations ({@code id-ID}, {@code en_US}, {@code
 * zh-Hant}), ISO 639-2 terminology and bibliographic codes ({@code ind}, {@code may}), individual
 * languages of a macrolanguage ({@code zsm}, {@code cmn}, {@code pes}) and the detector's own
 * labels all pass through {@link #normalize(String)}.
 */
public final class LanguageCodes {
    private static final Map<String, String> TO_NEWSFLOW = buildTable();

    private LanguageCodes() {}

    /**
     * The newsflow code for a declared or detected language, or empty for blanks, {@code und},
     * {@code mul}, {@code zxx} and anything that is not a language tag.
     */
    public static Optional<String> normalize(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String tag = raw.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        int dash = tag.indexOf('-');
        String primary = dash < 0 ? tag : tag.substring(0, dash);
        if (!primary.matches("[a-z]{2,3}")) {
            return Optional.empty();
        }
        String code = TO_NEWSFLOW.getOrDefault(primary, primary);
        return code.isEmpty() ? Optional.empty() : Optional.of(code);
    }

    /** Like {@link #normalize(String)}, but {@code und} instead of empty. */
    public static String normalizeOrUnd(String raw) {
        return normalize(raw).orElse(io.newsflow.model.Language.UNDETERMINED);
    }

    private static Map<String, String> buildTable() {
        var table = new HashMap<String, String>();
        // ISO 639-2/T (three letters) to 639-1, from the JDK's own table.
        for (String two : Locale.getISOLanguages()) {
            String three = new Locale(two).getISO3Language();
            if (!three.isEmpty() && !three.equals(two)) {
                table.put(three, two);
            }
        }
        // ISO 639-2/B codes still written in library catalogues and older feeds.
        put(
                table,
                "alb sq arm hy baq eu bur my chi zh cze cs dut nl fre fr geo ka ger de gre el ice is"
                        + " mac mk mao mi may ms per fa rum ro slo sk tib bo wel cy");
        // Individual languages of macrolanguages, as detectors and HTTP headers name them.
        put(
                table,
                "zsm ms zlm ms cmn zh pes fa prs fa ekk et lvs lv nob nb nno nn plt mg arb ar swh sw"
                        + " uzn uz azj az khk mn npi ne ory or gaz om quz qu ydd yi");
        // Withdrawn 639-1 codes and regional choices: Java and old feeds still emit iw/in/ji,
        // and the JDK's own table maps heb/ind/yid to them, so they are corrected last.
        put(table, "iw he in id ji yi jw jv mo ro fil tl heb he ind id yid yi");
        // Norwegian: most news is written in Bokmaal, and the model tells nb from nn itself.
        put(table, "no nb nor nb");
        // Not a language: "undetermined", "multiple", "no linguistic content", "missing".
        for (String none : new String[] {"und", "mul", "zxx", "mis"}) {
            table.put(none, "");
        }
        return Map.copyOf(table);
    }

    private static void put(Map<String, String> table, String pairs) {
        String[] words = pairs.split(" ");
        for (int i = 0; i < words.length; i += 2) {
            table.put(words[i], words[i + 1]);
        }
    }
}
