package io.newsflow.sink.route;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.config.SinkConfig.Route;
import io.newsflow.sink.article.ArticleFields;
import java.util.List;
import org.junit.jupiter.api.Test;

class RouteRuleTest {
    private static final ArticleFields ANTARA_ID =
            new ArticleFields(
                    "antara-dunia",
                    "Antara News",
                    null,
                    null,
                    "id",
                    List.of("medtop:11000000"),
                    List.of("politics"),
                    List.of("Q30"),
                    true);
    private static final ArticleFields BARE =
            new ArticleFields("feed-x", null, null, null, null, null, null, null, true);

    @Test
    void derivesTopicNamesFromSingleConditionRules() {
        assertThat(RouteRule.of(Route.lang("id", "MS"), "").target()).isEqualTo("news.lang.id-ms");
        assertThat(RouteRule.of(Route.topic("Politics"), "").target())
                .isEqualTo("news.topic.politics");
        assertThat(RouteRule.of(Route.topic("medtop:11000000"), "").target())
                .isEqualTo("news.topic.medtop-11000000");
        assertThat(RouteRule.of(Route.entity("q30"), "").target()).isEqualTo("news.entity.Q30");
        assertThat(RouteRule.of(Route.source("Antara News"), "").target())
                .isEqualTo("news.source.antara-news");
        assertThat(RouteRule.of(Route.lang("id").to("indonesia"), "staging.").target())
                .isEqualTo("staging.indonesia");
    }

    @Test
    void matchesLanguageCaseInsensitively() {
        assertThat(RouteRule.of(Route.lang("ID", "ms"), "").matches(ANTARA_ID)).isTrue();
        assertThat(RouteRule.of(Route.lang("en"), "").matches(ANTARA_ID)).isFalse();
    }

    @Test
    void matchesTopicByCodeOrLabelSlug() {
        assertThat(RouteRule.of(Route.topic("medtop:11000000"), "").matches(ANTARA_ID)).isTrue();
        assertThat(RouteRule.of(Route.topic("politics"), "").matches(ANTARA_ID)).isTrue();
        assertThat(RouteRule.of(Route.topic("sport"), "").matches(ANTARA_ID)).isFalse();
    }

    @Test
    void matchesEntityByQid() {
        assertThat(RouteRule.of(Route.entity("q30"), "").matches(ANTARA_ID)).isTrue();
        assertThat(RouteRule.of(Route.entity("Q159"), "").matches(ANTARA_ID)).isFalse();
    }

    @Test
    void matchesSourceByFeedIdOrSourceName() {
        assertThat(RouteRule.of(Route.source("antara-dunia"), "").matches(ANTARA_ID)).isTrue();
        assertThat(RouteRule.of(Route.source("Antara News"), "").matches(ANTARA_ID)).isTrue();
        assertThat(RouteRule.of(Route.source("kompas"), "").matches(ANTARA_ID)).isFalse();
    }

    @Test
    void combinedConditionsMustAllMatch() {
        var idPolitics =
                new Route(List.of("id"), List.of("politics"), null, null, "news.id-politics");
        var idSport = new Route(List.of("id"), List.of("sport"), null, null, "news.id-sport");

        assertThat(RouteRule.of(idPolitics, "").matches(ANTARA_ID)).isTrue();
        assertThat(RouteRule.of(idSport, "").matches(ANTARA_ID)).isFalse();
    }

    @Test
    void absentFieldsNeverMatch() {
        assertThat(RouteRule.of(Route.lang("und"), "").matches(BARE)).isFalse();
        assertThat(RouteRule.of(Route.topic("politics"), "").matches(BARE)).isFalse();
        assertThat(RouteRule.of(Route.entity("Q30"), "").matches(BARE)).isFalse();
        assertThat(RouteRule.of(Route.source("antara"), "").matches(BARE)).isFalse();
    }
}
