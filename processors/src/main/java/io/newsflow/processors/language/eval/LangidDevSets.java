package io.newsflow.processors.language.eval;

import io.newsflow.processors.language.LanguageCodes;
import io.newsflow.processors.language.eval.LabeledText.Length;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@code shared/data/langid-dev/} (azagniotov/language-detection @ fdce00a, Apache-2.0;
 * Tatoeba sentences CC BY 2.0 FR), which lives beside the repository and never in it: Tatoeba lines
 * are split into single sentences, WordPress translations are paragraphs as they are, and each UDHR
 * text is cut into up to ten paragraphs of about 400 characters.
 *
 * <p>Items whose label is wrong are left out, so that the numbers measure the detector: the {@code
 * Lorem ipsum} placeholders of Tatoeba, WordPress "kk" (Russian text), and UDHR "kk" (Tai Tham
 * script), "jv" (Javanese script) and "sa" (Grantha script), scripts the model has never seen.
 */
public final class LangidDevSets {
    public static final String DIR = "shared/data/langid-dev";

    private static final Set<String> MISLABELED =
            Set.of("wordpress:kk", "udhr:kk", "udhr:jv", "udhr:sa");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?。！？])\\s*");
    private static final int UDHR_PARAGRAPH_CHARS = 400;
    private static final int UDHR_PARAGRAPHS = 10;

    private LangidDevSets() {}

    /**
     * Finds {@code shared/data/langid-dev} in {@code start} or a parent: CI clones the repository
     * with {@code shared/} beside it, developers work in worktrees further down.
     */
    public static Optional<Path> locate(Path start) {
        for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(DIR);
            if (Files.isRegularFile(candidate.resolve("wordpress-translations.tsv"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    public static Optional<Path> locate() {
        return locate(Path.of(""));
    }

    /** Every usable item of the three sets. */
    public static List<LabeledText> load(Path dir) {
        var items = new ArrayList<LabeledText>();
        read(dir.resolve("tatoeba-short-sentences.tsv"), "tatoeba", items);
        read(dir.resolve("wordpress-translations.tsv"), "wordpress", items);
        read(dir.resolve("udhr.tsv"), "udhr", items);
        return List.copyOf(items);
    }

    private static void read(Path file, String set, List<LabeledText> items) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dev set " + file, e);
        }
        for (String line : lines) {
            int tab = line.indexOf('\t');
            if (tab < 0) {
                continue;
            }
            String label = line.substring(0, tab);
            String text = line.substring(tab + 1).strip();
            Optional<String> language = LanguageCodes.normalize(label);
            if (language.isEmpty()
                    || MISLABELED.contains(set + ":" + label)
                    || text.startsWith("Lorem ipsum")) {
                continue;
            }
            String code = language.get();
            switch (set) {
                case "tatoeba" -> {
                    for (String sentence : SENTENCE_END.split(text)) {
                        if (!sentence.isBlank()) {
                            items.add(new LabeledText(code, sentence, set, Length.SENTENCE));
                        }
                    }
                }
                case "udhr" -> {
                    for (String paragraph : paragraphs(text)) {
                        items.add(new LabeledText(code, paragraph, set, Length.PARAGRAPH));
                    }
                }
                default -> items.add(new LabeledText(code, text, set, Length.PARAGRAPH));
            }
        }
    }

    /** Cuts at spaces; scripts written without spaces are cut every 400 characters. */
    private static List<String> paragraphs(String text) {
        var out = new ArrayList<String>();
        int start = 0;
        while (start < text.length() && out.size() < UDHR_PARAGRAPHS) {
            int end = Math.min(text.length(), start + UDHR_PARAGRAPH_CHARS);
            if (end < text.length()) {
                int space = text.indexOf(' ', end);
                end = space > 0 && space - end < 200 ? space : end;
            }
            String paragraph = text.substring(start, end).strip();
            if (paragraph.length() >= UDHR_PARAGRAPH_CHARS / 2) {
                out.add(paragraph);
            }
            start = end;
        }
        return out;
    }
}
