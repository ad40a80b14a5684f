package io.newsflow.processors.topics;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.config.TopicsConfig;
import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.Language;
import io.newsflow.model.RawArticle;
import io.newsflow.model.TopicTag;
import io.newsflow.processors.EnrichmentStep;
import io.newsflow.seeds.SeedCorpus;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TopicStepTest {
    private static final String CONFLICT = "medtop:16000000";
    private static final String POLITICS = "medtop:11000000";
    private static final EnrichmentStep STEP = TopicStep.create(TopicsConfig.defaults());
    private static final Taxonomy TAXONOMY = TopicRules.builtIn().taxonomy();

    @Test
    void tagsEverySeedAsConflictAndPoliticsAndNothingUnrelated() {
        List<RawArticle> seeds = SeedCorpus.builtIn().articles();
        assertThat(seeds).hasSize(5);
        for (RawArticle seed : seeds) {
            List<TopicTag> topics = STEP.apply(EnrichedArticle.of(seed)).topics();

            assertThat(topics)
                    .as(seed.title())
                    .extracting(TopicTag::code)
                    .contains(CONFLICT, POLITICS);
            assertThat(topics)
                    .as(seed.title())
                    .extracting(t -> TAXONOMY.root(t.code()))
                    .allMatch(root -> Set.of(CONFLICT, POLITICS).contains(root));
            assertThat(topics)
                    .extracting(TopicTag::label)
                    .contains("conflict, war and peace", "politics");
        }
    }

    @Test
    void recordsTheTaxonomyAndRulesVersion() {
        EnrichedArticle out =
                STEP.apply(EnrichedArticle.of(SeedCorpus.builtIn().articles().get(0)));

        assertThat(out.versions().get(TopicStep.VERSION_KEY))
                .startsWith("medtop-")
                .contains("+rules-");
        assertThat(STEP.name()).isEqualTo("tag-topics");
    }

    @Test
    void setsAnEmptyListWhenNothingIsClear() {
        RawArticle article =
                RawArticle.builder()
                        .feedId("test")
                        .title("Notice")
                        .content("The office is closed on Monday.")
                        .languageHint("en")
                        .build();

        EnrichedArticle out = STEP.apply(EnrichedArticle.of(article));

        assertThat(out.topics()).isNotNull().isEmpty();
    }

    @Test
    void prefersTheDetectedLanguageOverTheFeedHintAndTriesAllWhenUndetermined() {
        EnrichedArticle hinted = EnrichedArticle.of(article("en-GB"));
        assertThat(TopicStep.languageOf(hinted)).isEqualTo("en");
        assertThat(TopicStep.languageOf(hinted.withLanguage(new Language("de", 0.9, null))))
                .isEqualTo("de");
        assertThat(TopicStep.languageOf(hinted.withLanguage(Language.UNKNOWN))).isNull();
        assertThat(TopicStep.languageOf(EnrichedArticle.of(article(null)))).isNull();
        assertThat(TopicStep.languageOf(EnrichedArticle.of(article("und")))).isNull();
    }

    @Test
    void isSwitchedOffByConfiguration() {
        EnrichmentStep off = TopicStep.create(new TopicsConfig(false, null, null, null));
        EnrichedArticle in = EnrichedArticle.of(SeedCorpus.builtIn().articles().get(0));

        assertThat(off.apply(in)).isEqualTo(in);
        assertThat(off.name()).isEqualTo("tag-topics");
    }

    private static RawArticle article(String languageHint) {
        return RawArticle.builder()
                .feedId("test")
                .title("t")
                .content("c")
                .languageHint(languageHint)
                .build();
    }
}
