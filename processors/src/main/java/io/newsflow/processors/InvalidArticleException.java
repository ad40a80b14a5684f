package io.newsflow.processors;

import java.util.List;

/** A raw record that parsed as JSON but cannot be enriched; the message lists every reason. */
public final class InvalidArticleException extends RuntimeException {
    public InvalidArticleException(List<String> problems) {
        super(String.join("; ", problems));
    }
}
