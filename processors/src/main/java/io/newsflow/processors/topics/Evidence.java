package io.newsflow.processors.topics;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * What one article offers for each topic: how often each rule pattern occurred and which entity
 * hints fired. Mutable and confined to the call that classifies one article.
 */
final class Evidence {

    /**
     * Evidence gathered directly for one topic: the summed weight and the number of distinct
     * patterns or entities behind it (one word repeated is weaker than several different words).
     */
    record TopicEvidence(double weight, int distinct) {
        TopicEvidence plus(TopicEvidence other) {
            return new TopicEvidence(weight + other.weight, distinct + other.distinct);
        }
    }

    private final Map<PatternIndex.Pattern, int[]> counts = new IdentityHashMap<>();
    private final Map<String, TopicEvidence> hints = new HashMap<>();

    void count(PatternIndex.Pattern pattern, int times) {
        counts.computeIfAbsent(pattern, p -> new int[1])[0] += times;
    }

    void hint(String topic, double weight, int occurrences) {
        hints.merge(
                topic, new TopicEvidence(saturated(weight, occurrences), 1), TopicEvidence::plus);
    }

    /** The evidence per topic as gathered, before it is passed up to parent topics. */
    Map<String, TopicEvidence> byTopic() {
        var byTopic = new HashMap<>(hints);
        counts.forEach(
                (pattern, count) -> {
                    for (int t = 0; t < pattern.topics().length; t++) {
                        byTopic.merge(
                                pattern.topics()[t],
                                new TopicEvidence(saturated(pattern.weights()[t], count[0]), 1),
                                TopicEvidence::plus);
                    }
                });
        return byTopic;
    }

    /** All text evidence summed, to compare how well candidate languages' rules fit a text. */
    double total() {
        double total = 0;
        for (TopicEvidence e : byTopic().values()) {
            total += e.weight();
        }
        return total;
    }

    /**
     * Repetition counts, but less and less: the tenth "war" says little the third did not. The
     * logarithm keeps long articles from winning on length alone.
     */
    private static double saturated(double weight, int occurrences) {
        return weight * (1.0 + Math.log(Math.max(1, occurrences)));
    }
}
