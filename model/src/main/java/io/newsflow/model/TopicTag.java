package io.newsflow.model;

/** An IPTC Media Topic assigned to an article: {@code medtop:…} code, English label, score 0–1. */
public record TopicTag(String code, String label, double score) {}
