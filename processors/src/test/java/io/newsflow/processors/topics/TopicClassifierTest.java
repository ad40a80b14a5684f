package io.newsflow.processors.topics;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.model.Entity;
import io.newsflow.model.EntityType;
import io.newsflow.model.TopicTag;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TopicClassifierTest {
    private static final TopicRules RULES = TopicRules.builtIn();
    private static final TopicClassifier CLASSIFIER = new TopicClassifier(RULES, 0.5, 8);

    static Stream<TopicSamples.Sample> samples() {
        return TopicSamples.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void tagsEachSampleWithItsTopicAndNothingUnrelated(TopicSamples.Sample sample) {
        List<TopicTag> tags =
                CLASSIFIER.classify(sample.title(), sample.body(), sample.language(), null);

        assertThat(codes(tags)).contains(sample.topic());
        assertThat(topLevel(tags))
                .as("top-level topics of %s: %s", sample, tags)
                .isSubsetOf(
                        Stream.concat(
                                        Stream.of(RULES.taxonomy().root(sample.topic())),
                                        sample.alsoFine().stream())
                                .collect(Collectors.toSet()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void findsTheTopicWithoutBeingToldTheLanguage(TopicSamples.Sample sample) {
        List<TopicTag> tags = CLASSIFIER.classify(sample.title(), sample.body(), null, null);

        assertThat(codes(tags)).contains(sample.topic());
    }

    @Test
    void doesNotCallAnArticleSportForOneMentionOfSport() {
        List<TopicTag> tags =
                CLASSIFIER.classify(
                        "Parliament passes budget after long debate",
                        "Lawmakers in parliament approved the government budget on Tuesday after"
                                + " a debate that lasted into the night. The opposition said the"
                                + " spending plan cut too deeply into schools and hospitals, while"
                                + " the finance minister, a former football player, defended it as"
                                + " responsible.",
                        "en",
                        null);

        assertThat(codes(tags)).doesNotContain(TopicSamples.SPORT).contains(TopicSamples.POLITICS);
    }

    @Test
    void givesNoTopicWhenTheTextHasNoClearSubject() {
        assertThat(
                        CLASSIFIER.classify(
                                "A quiet Sunday", "It was a quiet Sunday in town.", "en", null))
                .isEmpty();
        assertThat(CLASSIFIER.classify(null, "", "id", null)).isEmpty();
    }

    @Test
    void needsMoreEvidenceInALongTextThanInAShortOne() {
        String clue = "The striker scored in the match. ";
        String filler = "The town council met to discuss the new library opening hours. ";

        double shortScore =
                scoreOf(CLASSIFIER.classify(null, clue + clue, "en", null), TopicSamples.SPORT);
        double longScore =
                scoreOf(
                        CLASSIFIER.classify(null, clue + clue + filler.repeat(40), "en", null),
                        TopicSamples.SPORT);

        assertThat(shortScore).isGreaterThan(0.5);
        assertThat(longScore).isLessThan(shortScore);
    }

    @Test
    void usesLanguageIndependentRulesForALanguageWithoutRules() {
        List<TopicTag> tags =
                CLASSIFIER.classify(
                        "La FIFA e la UEFA",
                        "La FIFA e la UEFA hanno deciso: la finale di Champions League si giocherà"
                                + " a Roma, dopo il Grand Slam di Wimbledon.",
                        "it",
                        null);

        assertThat(codes(tags)).contains(TopicSamples.SPORT);
    }

    @Test
    void impliesTheParentOfEverySecondLevelTopic() {
        for (TopicSamples.Sample sample : TopicSamples.all()) {
            List<String> codes =
                    codes(
                            CLASSIFIER.classify(
                                    sample.title(), sample.body(), sample.language(), null));
            for (String code : codes) {
                assertThat(codes).containsAll(RULES.taxonomy().ancestors(code));
            }
        }
    }

    @Test
    void sortsTopicsByScoreAndRespectsTheMaximum() {
        TopicSamples.Sample crime = TopicSamples.all().get(4);
        List<TopicTag> all = CLASSIFIER.classify(crime.title(), crime.body(), "en", null);
        List<TopicTag> two =
                new TopicClassifier(RULES, 0.5, 2)
                        .classify(crime.title(), crime.body(), "en", null);

        assertThat(all)
                .extracting(TopicTag::score)
                .isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(all.size()).isGreaterThan(2);
        assertThat(two).containsExactlyElementsOf(all.subList(0, 2));
    }

    @Test
    void linkedEntitiesAddEvidenceForTheirTopic() {
        String title = "Leaders meet in Brussels";
        String body = "The leaders discussed troops and the war in a short meeting.";
        var nato = new Entity("NATO", EntityType.ORGANIZATION, null, "Q7184", List.of(), 3);
        var army =
                new Entity("Bundeswehr", EntityType.ORGANIZATION, "MILITARY", null, List.of(), 2);

        double without =
                scoreOf(CLASSIFIER.classify(title, body, "en", null), TopicSamples.CONFLICT);
        double with =
                scoreOf(
                        CLASSIFIER.classify(title, body, "en", List.of(nato, army)),
                        TopicSamples.CONFLICT);

        assertThat(with).isGreaterThan(0.5).isGreaterThan(without);
    }

    @Test
    void sameInputGivesSameOutput() {
        TopicSamples.Sample sample = TopicSamples.all().get(10);
        assertThat(CLASSIFIER.classify(sample.title(), sample.body(), "id", null))
                .isEqualTo(CLASSIFIER.classify(sample.title(), sample.body(), "id", null));
    }

    private static List<String> codes(List<TopicTag> tags) {
        return tags.stream().map(TopicTag::code).toList();
    }

    private static Set<String> topLevel(List<TopicTag> tags) {
        return tags.stream()
                .map(TopicTag::code)
                .filter(c -> RULES.taxonomy().topic(c).isTopLevel())
                .collect(Collectors.toSet());
    }

    private static double scoreOf(List<TopicTag> tags, String code) {
        return tags.stream()
                .filter(t -> t.code().equals(code))
                .mapToDouble(TopicTag::score)
                .findFirst()
                .orElse(0);
    }
}
