package io.newsflow.processors.language.eval;

import io.newsflow.model.Language;
import io.newsflow.processors.language.LanguageDetector;
import io.newsflow.processors.language.eval.LabeledText.Length;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The detector's accuracy over labelled texts whose language is in its allow-list: per language,
 * per length (sentence, paragraph) and the most frequent confusions. An {@code und} answer counts
 * as wrong.
 */
public record AccuracyReport(
        Map<Length, Map<String, Tally>> perLanguage,
        Map<Length, Tally> perLength,
        Map<String, Integer> confusions) {

    /** Correct answers out of all, and how many were {@code und}. */
    public record Tally(int correct, int total, int undetermined) {
        Tally add(boolean right, boolean und) {
            return new Tally(correct + (right ? 1 : 0), total + 1, undetermined + (und ? 1 : 0));
        }

        public double accuracy() {
            return total == 0 ? Double.NaN : (double) correct / total;
        }
    }

    public static AccuracyReport measure(LanguageDetector detector, List<LabeledText> items) {
        var perLanguage = new EnumMap<Length, Map<String, Tally>>(Length.class);
        var perLength = new EnumMap<Length, Tally>(Length.class);
        var confusions = new TreeMap<String, Integer>();
        var allowed = detector.languages();
        for (LabeledText item : items) {
            if (!allowed.contains(item.language())) {
                continue;
            }
            Language answer = detector.detect(item.text(), null);
            boolean right = answer.code().equals(item.language());
            boolean und = !answer.isKnown();
            perLanguage
                    .computeIfAbsent(item.length(), l -> new TreeMap<>())
                    .merge(
                            item.language(),
                            new Tally(0, 0, 0).add(right, und),
                            AccuracyReport::sum);
            perLength.merge(item.length(), new Tally(0, 0, 0).add(right, und), AccuracyReport::sum);
            if (!right) {
                confusions.merge(item.language() + "->" + answer.code(), 1, Integer::sum);
            }
        }
        return new AccuracyReport(perLanguage, perLength, confusions);
    }

    private static Tally sum(Tally a, Tally b) {
        return new Tally(a.correct + b.correct, a.total + b.total, a.undetermined + b.undetermined);
    }

    public Tally length(Length length) {
        return perLength.getOrDefault(length, new Tally(0, 0, 0));
    }

    /** A plain-text table for logs and the benchmark output. */
    public String format() {
        var out = new StringBuilder();
        for (Length length : Length.values()) {
            Tally t = length(length);
            out.append(
                    String.format(
                            Locale.ROOT,
                            "%-9s accuracy %.4f (%d/%d, und %d)%n",
                            length.name().toLowerCase(Locale.ROOT),
                            t.accuracy(),
                            t.correct,
                            t.total,
                            t.undetermined));
        }
        for (var byLength : perLanguage.entrySet()) {
            out.append("per language, ")
                    .append(byLength.getKey().name().toLowerCase(Locale.ROOT))
                    .append("s:\n");
            appendColumns(out, byLength.getValue());
        }
        out.append("most frequent confusions (true->answer):");
        List<Map.Entry<String, Integer>> top = new ArrayList<>(confusions.entrySet());
        top.sort((a, b) -> b.getValue() - a.getValue());
        for (var e : top.subList(0, Math.min(20, top.size()))) {
            out.append(' ').append(e.getKey()).append('=').append(e.getValue());
        }
        return out.append('\n').toString();
    }

    private static void appendColumns(StringBuilder out, Map<String, Tally> tallies) {
        int column = 0;
        for (var e : tallies.entrySet()) {
            out.append(
                    String.format(
                            Locale.ROOT,
                            "  %-4s %.3f (%4d)",
                            e.getKey(),
                            e.getValue().accuracy(),
                            e.getValue().total));
            if (++column % 6 == 0) {
                out.append('\n');
            }
        }
        if (column % 6 != 0) {
            out.append('\n');
        }
    }
}
