package io.newsflow.config;

/**
 * One section of {@code newsflow.yaml}. Constructors fill defaults and never throw; {@link
 * #validate} reports what is wrong so the loader can list every problem at once.
 */
public interface ConfigPart {
    void validate(String path, Problems problems);
}
