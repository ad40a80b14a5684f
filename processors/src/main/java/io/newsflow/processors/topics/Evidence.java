package io.newsflow.processors.topics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one article offers for each topic: where each rule pattern occurred and which entity hints
 * fired. Mutable and confined to the call that classifies one article.
 *
 * <p>Patterns of one topic that follow each other directly ("former football player") are one
 * mention of the topic, worth its strongest pattern, not the sum: a passing remark stays a passing
 * remark however many topic words it packs.
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

    /** A pattern found at token positions [start, end), counted {@code times}. */
    private record Hit(PatternIndex.Pattern pattern, int start, int end, int times) {}

    private final List<Hit> hits = new ArrayList<>();
    private final Map<String, TopicEvidence> hints = new HashMap<>();

    void count(PatternIndex.Pattern pattern, int start, int end, int times) {
        hits.add(new Hit(pattern, start, end, times));
    }

    void hint(String topic, double weight, int occurrences) {
        hints.merge(
                topic, new TopicEvidence(saturated(weight, occurrences), 1), TopicEvidence::plus);
    }

    boolean isEmpty() {
        return hits.isEmpty() && hints.isEmpty();
    }

    /** The evidence per topic as gathered, before it is passed up to parent topics. */
    Map<String, TopicEvidence> byTopic() {
        var hitsByTopic = new HashMap<String, List<Hit>>();
        var weightOf = new HashMap<String, Map<PatternIndex.Pattern, Double>>();
        for (Hit hit : hits) {
            PatternIndex.Pattern p = hit.pattern();
            for (int t = 0; t < p.topics().length; t++) {
                hitsByTopic.computeIfAbsent(p.topics()[t], k -> new ArrayList<>()).add(hit);
                weightOf.computeIfAbsent(p.topics()[t], k -> new IdentityHashMap<>())
                        .put(p, p.weights()[t]);
            }
        }
        var byTopic = new HashMap<>(hints);
        hitsByTopic.forEach(
                (topic, topicHits) ->
                        byTopic.merge(
                                topic,
                                evidence(topicHits, weightOf.get(topic)),
                                TopicEvidence::plus));
        return byTopic;
    }

    private static TopicEvidence evidence(
            List<Hit> topicHits, Map<PatternIndex.Pattern, Double> weights) {
        topicHits.sort(Comparator.comparingInt(Hit::start));
        Map<PatternIndex.Pattern, int[]> mentions = new IdentityHashMap<>();
        Set<PatternIndex.Pattern> distinct = new HashSet<>();
        Hit strongest = null;
        int runEnd = -1;
        for (Hit hit : topicHits) {
            distinct.add(hit.pattern());
            if (strongest != null && hit.start() == runEnd) {
                if (weights.get(hit.pattern()) > weights.get(strongest.pattern())) {
                    strongest = hit;
                }
            } else {
                if (strongest != null) {
                    mentions.computeIfAbsent(strongest.pattern(), p -> new int[1])[0] +=
                            strongest.times();
                }
                strongest = hit;
            }
            runEnd = hit.end();
        }
        mentions.computeIfAbsent(strongest.pattern(), p -> new int[1])[0] += strongest.times();
        double weight = 0;
        for (var entry : mentions.entrySet()) {
            weight += saturated(weights.get(entry.getKey()), entry.getValue()[0]);
        }
        return new TopicEvidence(weight, distinct.size());
    }

    /** The stemmed terms found per topic, with how often, for rule authors debugging rules. */
    Map<String, Map<String, Integer>> termsByTopic() {
        var terms = new java.util.TreeMap<String, Map<String, Integer>>();
        for (Hit hit : hits) {
            String term = String.join(" ", hit.pattern().tokens());
            for (String topic : hit.pattern().topics()) {
                terms.computeIfAbsent(topic, t -> new java.util.TreeMap<>())
                        .merge(term, hit.times(), Integer::sum);
            }
        }
        return terms;
    }

    /** All evidence summed, to compare how well candidate languages' rules fit a text. */
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
