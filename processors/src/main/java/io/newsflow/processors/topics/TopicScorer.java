package io.newsflow.processors.topics;

import io.newsflow.model.TopicTag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns an article's evidence into the topics it is about. Evidence flows up to parent topics (an
 * armed-conflict article is a conflict article), is normalised for length, and mapped to a 0–1
 * score. A topic is assigned only when its score reaches the threshold, at least two different
 * clues support it, and its top-level topic carries a fair share of the article's evidence — so one
 * stray "sport" or a side remark on the economy in a war report does not make a tag.
 */
final class TopicScorer {
    /** Evidence that gives a short article a score of 1 − 1/e ≈ 0.63. */
    static final double SATURATION = 6.0;

    /**
     * Article length (analyzed tokens) up to which no length discount applies: about a 250-word
     * news brief. Longer texts need evidence growing with the square root of their length, because
     * incidental mentions grow with length while the main subject's mentions grow more slowly.
     */
    static final int REFERENCE_TOKENS = 150;

    /** Distinct clues a topic needs: one repeated word is not enough. */
    static final int MIN_DISTINCT = 2;

    /** A top-level topic needs this share of the strongest top-level topic's evidence. */
    static final double MIN_SHARE_OF_BEST = 1.0 / 3;

    private final Taxonomy taxonomy;
    private final double threshold;
    private final int maxTopics;

    TopicScorer(Taxonomy taxonomy, double threshold, int maxTopics) {
        this.taxonomy = taxonomy;
        this.threshold = threshold;
        this.maxTopics = maxTopics;
    }

    List<TopicTag> score(Map<String, Evidence.TopicEvidence> direct, int tokenCount) {
        var total = new HashMap<String, Evidence.TopicEvidence>();
        direct.forEach(
                (topic, evidence) -> {
                    total.merge(topic, evidence, Evidence.TopicEvidence::plus);
                    for (String ancestor : taxonomy.ancestors(topic)) {
                        total.merge(ancestor, evidence, Evidence.TopicEvidence::plus);
                    }
                });
        double bestTopLevel =
                total.entrySet().stream()
                        .filter(e -> taxonomy.topic(e.getKey()).isTopLevel())
                        .mapToDouble(e -> e.getValue().weight())
                        .max()
                        .orElse(0);
        double lengthFactor =
                Math.sqrt(Math.max(tokenCount, REFERENCE_TOKENS) / (double) REFERENCE_TOKENS);
        var scores = new HashMap<String, Double>();
        total.forEach(
                (topic, evidence) ->
                        scores.put(
                                topic,
                                1.0 - Math.exp(-evidence.weight() / (SATURATION * lengthFactor))));

        var assigned = new ArrayList<TopicTag>();
        for (var entry : total.entrySet()) {
            String topic = entry.getKey();
            if (passes(topic, total, scores, bestTopLevel)
                    && taxonomy.ancestors(topic).stream()
                            .allMatch(a -> passes(a, total, scores, bestTopLevel))) {
                assigned.add(
                        new TopicTag(
                                topic, taxonomy.topic(topic).label(), round(scores.get(topic))));
            }
        }
        // Parents score at least as high as their children, and come first on ties, so the cut
        // at maxTopics never keeps a child without its parent.
        assigned.sort(
                Comparator.comparingDouble(TopicTag::score)
                        .reversed()
                        .thenComparingInt(t -> taxonomy.ancestors(t.code()).size())
                        .thenComparing(TopicTag::code));
        return List.copyOf(assigned.subList(0, Math.min(maxTopics, assigned.size())));
    }

    private boolean passes(
            String topic,
            Map<String, Evidence.TopicEvidence> total,
            Map<String, Double> scores,
            double bestTopLevel) {
        Evidence.TopicEvidence evidence = total.get(topic);
        if (evidence == null
                || evidence.distinct() < MIN_DISTINCT
                || scores.get(topic) < threshold) {
            return false;
        }
        return !taxonomy.topic(topic).isTopLevel()
                || evidence.weight() >= MIN_SHARE_OF_BEST * bestTopLevel;
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }
}
