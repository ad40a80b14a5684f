package io.newsflow.processors.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.Identity;
import io.newsflow.model.IdentityStatus;
import io.newsflow.model.Language;
import io.newsflow.model.TopicTag;
import io.newsflow.processors.Envelope;
import io.newsflow.testing.SampleArticles;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnvelopeSerdeTest {
    private final EnvelopeSerde serde = new EnvelopeSerde();

    private Envelope roundTrip(Envelope e) {
        return serde.deserialize("t", serde.serialize("t", e));
    }

    @Test
    void carriesAnArticleWithEverythingLearnedSoFar() {
        EnrichedArticle article =
                EnrichedArticle.of(SampleArticles.indonesian())
                        .withIdentity(
                                new Identity(
                                        "s",
                                        2,
                                        "f",
                                        "00ff",
                                        IdentityStatus.UPDATED,
                                        "d",
                                        0.9,
                                        "canonical-url",
                                        List.of("title")))
                        .withLanguage(new Language("id", 0.98, List.of()))
                        .withTopics(List.of(new TopicTag("medtop:11000000", "politics", 0.7)))
                        .withVersion("pipeline", "0.1.0");
        assertThat(roundTrip(Envelope.ok(article))).isEqualTo(Envelope.ok(article));
    }

    @Test
    void carriesAFailureWithItsDeadLetterBytes() {
        Envelope failed =
                Envelope.failed(new Envelope.Failure("parse", "X", null, new byte[] {0, 1, 2}));
        Envelope back = roundTrip(failed);
        assertThat(back.isFailed()).isTrue();
        assertThat(back.failure().stage()).isEqualTo("parse");
        assertThat(back.failure().message()).isNull();
        assertThat(back.failure().value()).containsExactly(0, 1, 2);
        assertThat(
                        roundTrip(Envelope.failed(new Envelope.Failure("p", "X", "m", null)))
                                .failure()
                                .value())
                .isNull();
    }
}
