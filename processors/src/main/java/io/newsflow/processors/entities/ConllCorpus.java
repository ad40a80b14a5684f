package io.newsflow.processors.entities;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

/**
 * A CoNLL-style NER corpus ({@code token POS BIO-tag} per line, blank line between sentences), as
 * in idner-news-2k, read as OpenNLP {@link NameSample}s with lower-case types {@code per}, {@code
 * org}, {@code loc}. Used by the trainer and by the dev-set evaluation.
 */
public final class ConllCorpus {
    private ConllCorpus() {}

    public static List<NameSample> read(Path file) throws IOException {
        var samples = new ArrayList<NameSample>();
        var tokens = new ArrayList<String>();
        var tags = new ArrayList<String>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] parts = line.trim().split("\\s+");
            if (line.isBlank()) {
                if (!tokens.isEmpty()) {
                    samples.add(sample(tokens, tags));
                    tokens.clear();
                    tags.clear();
                }
            } else if (parts.length >= 2) {
                tokens.add(parts[0]);
                tags.add(parts[parts.length - 1]);
            }
        }
        if (!tokens.isEmpty()) {
            samples.add(sample(tokens, tags));
        }
        return samples;
    }

    private static NameSample sample(List<String> tokens, List<String> tags) {
        var spans = new ArrayList<Span>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            boolean inside =
                    tag.startsWith("I-") && type != null && tag.substring(2).equalsIgnoreCase(type);
            if (start >= 0 && !inside) {
                spans.add(new Span(start, i, type.toLowerCase(Locale.ROOT)));
                start = -1;
                type = null;
            }
            if (tag.startsWith("B-") || (tag.startsWith("I-") && start < 0)) {
                start = i;
                type = tag.substring(2);
            }
        }
        return new NameSample(tokens.toArray(String[]::new), spans.toArray(Span[]::new), true);
    }
}
