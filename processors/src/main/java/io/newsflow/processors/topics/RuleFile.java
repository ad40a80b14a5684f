package io.newsflow.processors.topics;

import java.util.ArrayList;
import java.util.List;

/**
 * One rules file as written: under a {@code [medtop:…]} section, lines {@code weight: term, term,
 * multi word phrase} give the evidence each term adds to that topic. Terms are surface words; the
 * language's analyzer stems them when the rules are compiled. Nothing here knows about stemming.
 */
record RuleFile(String source, List<Rule> rules) {

    /** A term (a word or a phrase) that is evidence for a topic, and where it was written. */
    record Rule(String topic, double weight, String term, String where) {}

    RuleFile {
        rules = List.copyOf(rules);
    }

    static RuleFile parse(String text, String source, Taxonomy taxonomy) {
        var rules = new ArrayList<Rule>();
        String topic = null;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = stripComment(lines[i]).strip();
            String where = source + ":" + (i + 1);
            if (line.isEmpty() || line.startsWith("version")) {
                continue;
            }
            if (line.startsWith("[")) {
                int end = line.indexOf(']');
                if (end < 0) {
                    throw new IllegalArgumentException(where + ": unclosed section '" + line + "'");
                }
                topic = line.substring(1, end).strip().split("\\s+")[0];
                if (!taxonomy.contains(topic)) {
                    throw new IllegalArgumentException(
                            where + ": " + topic + " is not in taxonomy " + taxonomy.version());
                }
                continue;
            }
            int colon = line.indexOf(':');
            if (topic == null || colon < 0) {
                throw new IllegalArgumentException(
                        where + ": expected 'weight: term, term' under a [medtop:…] section");
            }
            double weight;
            try {
                weight = Double.parseDouble(line.substring(0, colon).strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(where + ": weight is not a number", e);
            }
            if (!(weight > 0 && weight <= 10)) {
                throw new IllegalArgumentException(where + ": weight must be in (0, 10]");
            }
            for (String term : line.substring(colon + 1).split(",")) {
                if (!term.isBlank()) {
                    rules.add(new Rule(topic, weight, term.strip(), where));
                }
            }
        }
        return new RuleFile(source, rules);
    }

    /** Version lines are the only ones that matter to the loader beyond rules. */
    static String version(String text, String source) {
        for (String line : text.split("\n")) {
            String l = stripComment(line).strip();
            if (l.startsWith("version")) {
                String[] kv = l.split("[=\t ]+", 2);
                if (kv.length == 2 && !kv[1].isBlank()) {
                    return kv[1].strip();
                }
            }
        }
        throw new IllegalArgumentException(source + ": no 'version' line");
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }
}
