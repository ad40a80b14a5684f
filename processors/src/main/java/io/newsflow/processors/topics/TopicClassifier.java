package io.newsflow.processors.topics;

import io.newsflow.model.Entity;
import io.newsflow.model.TopicTag;
import java.util.List;
import java.util.Map;

/**
 * Assigns IPTC Media Topics to a text: matches the language's rules on the stemmed title and body,
 * adds entity hints, and scores the evidence. Same input, same output; immutable and thread-safe.
 */
public final class TopicClassifier {
    /** A title word says more about the subject than a body word. */
    static final int TITLE_WEIGHT = 2;

    private final TopicRules rules;
    private final TopicScorer scorer;

    public TopicClassifier(TopicRules rules, double threshold, int maxTopics) {
        this.rules = rules;
        this.scorer = new TopicScorer(rules.taxonomy(), threshold, maxTopics);
    }

    public String version() {
        return rules.version();
    }

    /**
     * The topics of an article, best first; empty when none passes the threshold.
     *
     * @param language an ISO 639 code; a language without rules uses the language-independent ones;
     *     {@code null} (not known) tries every language's rules and keeps the best fitting
     * @param entities linked entities from the entity step, or {@code null} when it did not run
     */
    public List<TopicTag> classify(
            String title, String body, String language, List<Entity> entities) {
        Match match =
                language == null
                        ? bestLanguage(title, body)
                        : match(rules.forLanguage(language), title, body);
        rules.hints().apply(entities, match.evidence());
        if (match.evidence().isEmpty()) {
            return List.of();
        }
        return scorer.score(match.evidence().byTopic(), match.tokenCount());
    }

    /**
     * Which stemmed rule terms matched per topic (title matches count {@value #TITLE_WEIGHT}
     * times), for people writing rules: shows why a topic was or was not assigned, and exposes
     * stemmer collisions.
     */
    public Map<String, Map<String, Integer>> explain(String title, String body, String language) {
        Match match =
                language == null
                        ? bestLanguage(title, body)
                        : match(rules.forLanguage(language), title, body);
        return match.evidence().termsByTopic();
    }

    private record Match(Evidence evidence, int tokenCount) {}

    private static Match match(PatternIndex index, String title, String body) {
        var evidence = new Evidence();
        Stemmers.Tokens titleTokens = index.analyze(title);
        Stemmers.Tokens bodyTokens = index.analyze(body);
        index.match(titleTokens, 0, TITLE_WEIGHT, evidence);
        index.match(bodyTokens, titleTokens.end() + 1, 1, evidence);
        return new Match(evidence, titleTokens.size() + bodyTokens.size());
    }

    /** For text of unknown language: the language whose rules find the most evidence. */
    private Match bestLanguage(String title, String body) {
        Match best = match(rules.forLanguage(null), title, body);
        double bestTotal = best.evidence().total();
        for (PatternIndex index : rules.byLanguage().values()) {
            Match candidate = match(index, title, body);
            double total = candidate.evidence().total();
            if (total > bestTotal) {
                best = candidate;
                bestTotal = total;
            }
        }
        return best;
    }
}
