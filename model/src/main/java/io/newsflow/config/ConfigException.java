package io.newsflow.config;

import java.util.List;

/** A configuration that cannot be used, with every problem found, not only the first. */
public final class ConfigException extends RuntimeException {
    private final List<String> problems;

    public ConfigException(String source, List<String> problems) {
        super(message(source, problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }

    private static String message(String source, List<String> problems) {
        var text =
                new StringBuilder("invalid configuration")
                        .append(source == null ? "" : " in " + source)
                        .append(" (")
                        .append(problems.size())
                        .append(problems.size() == 1 ? " problem" : " problems")
                        .append("):");
        problems.forEach(p -> text.append("\n  - ").append(p));
        return text.toString();
    }
}
