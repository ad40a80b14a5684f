package io.newsflow.config;

import java.util.ArrayList;
import java.util.List;

/** Collects configuration problems under their dotted path, so all are reported at once. */
public final class Problems {
    private final List<String> problems = new ArrayList<>();

    public void add(String path, String problem) {
        problems.add(path + ": " + problem);
    }

    public void require(boolean condition, String path, String problem) {
        if (!condition) {
            add(path, problem);
        }
    }

    public List<String> list() {
        return List.copyOf(problems);
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }
}
