package io.newsflow.processors.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.config.IdentityConfig;
import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.Identity;
import io.newsflow.model.IdentityStatus;
import io.newsflow.model.RawArticle;
import io.newsflow.processors.Envelope;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdentityStepTest {
    private static final Instant T0 = Instant.parse("2025-08-19T14:30:00Z");

    private final InMemoryIdentityLedger ledger = new InMemoryIdentityLedger();
    private IdentityStep step = new IdentityStep(IdentityConfig.defaults(), ledger);

    private final RawArticle seed = TestArticles.seeds().get(0);
    private final RawArticle agency =
            TestArticles.published(
                    seed, "afp", "https://www.afp.com/id/trump-ukraina", "afp:2025:0819:1");

    private Identified identify(RawArticle article, Instant at) {
        return step.identify(article.articleId(), Envelope.ok(EnrichedArticle.of(article)), at);
    }

    private Identity decide(RawArticle article, Instant at) {
        Identified out = identify(article, at);
        assertThat(out.event().identity()).isEqualTo(out.envelope().article().identity());
        assertThat(out.event().decidedAt()).isEqualTo(at);
        return out.event().identity();
    }

    @Test
    void firstSightingIsNewAndItsOwnStory() {
        Identity id = decide(agency, T0);
        assertThat(id.status()).isEqualTo(IdentityStatus.NEW);
        assertThat(id.storyId()).isEqualTo(agency.articleId());
        assertThat(id.revision()).isEqualTo(1);
        assertThat(id.rule()).isEqualTo(IdentityRules.FIRST_SEEN);
        assertThat(id.fingerprint()).hasSize(32);
        assertThat(id.simhash()).hasSize(16);
    }

    @Test
    void sameCanonicalUrlWithTrackingParametersIsADuplicate() {
        decide(agency, T0);
        RawArticle viaNewsletter =
                TestArticles.published(
                        seed,
                        "afp",
                        "HTTPS://www.AFP.com:443/id/trump-ukraina?utm_source=nl&fbclid=x#top",
                        "afp:2025:0819:1");
        assertThat(viaNewsletter.articleId()).isEqualTo(agency.articleId());

        Identity id = decide(viaNewsletter, T0.plusSeconds(60));
        assertThat(id.status()).isEqualTo(IdentityStatus.DUPLICATE_OF);
        assertThat(id.rule()).isEqualTo(IdentityRules.CANONICAL_URL);
        assertThat(id.duplicateOf()).isEqualTo(agency.articleId());
        assertThat(id.similarity()).isEqualTo(1.0);
    }

    @Test
    void editedArticleUnderSameUrlIsTheNextRevisionNamingWhatChanged() {
        decide(agency, T0);
        RawArticle retitled =
                TestArticles.withTitle(agency, "Trump tolak kirim pasukan ke Ukraina");
        Identity second = decide(retitled, T0.plusSeconds(600));
        assertThat(second.status()).isEqualTo(IdentityStatus.UPDATED);
        assertThat(second.revision()).isEqualTo(2);
        assertThat(second.changedFields()).containsExactly("title");
        assertThat(second.storyId()).isEqualTo(agency.articleId());
        assertThat(second.rule()).isEqualTo(IdentityRules.CANONICAL_URL);

        RawArticle corrected =
                TestArticles.withContent(retitled, retitled.content() + "\nKoreksi: tanggal.");
        Identity third = decide(corrected, T0.plusSeconds(1200));
        assertThat(third.revision()).isEqualTo(3);
        assertThat(third.changedFields()).containsExactly("content");

        Identity again = decide(corrected, T0.plusSeconds(1800));
        assertThat(again.status()).isEqualTo(IdentityStatus.DUPLICATE_OF);
        assertThat(again.revision()).isEqualTo(3);
    }

    @Test
    void sameFeedItemUnderAChangedUrlIsMatchedByGuid() {
        decide(agency, T0);
        RawArticle moved =
                TestArticles.published(
                        seed, "afp", "https://www.afp.com/id/2025/08/19/trump", "afp:2025:0819:1");
        assertThat(moved.articleId()).isNotEqualTo(agency.articleId());
        Identity id = decide(moved, T0.plusSeconds(60));
        assertThat(id.status()).isEqualTo(IdentityStatus.DUPLICATE_OF);
        assertThat(id.rule()).isEqualTo(IdentityRules.FEED_GUID);
        assertThat(id.duplicateOf()).isEqualTo(agency.articleId());

        RawArticle movedAndEdited =
                TestArticles.withTitle(
                        TestArticles.published(
                                seed, "afp", "https://www.afp.com/id/x", "afp:2025:0819:1"),
                        "Trump: tidak ada pasukan AS di Ukraina");
        Identity edited = decide(movedAndEdited, T0.plusSeconds(120));
        assertThat(edited.status()).isEqualTo(IdentityStatus.UPDATED);
        assertThat(edited.rule()).isEqualTo(IdentityRules.FEED_GUID);
        assertThat(edited.revision()).isEqualTo(2);
        assertThat(edited.storyId()).isEqualTo(agency.articleId());
    }

    @Test
    void sameTextFromAnotherSiteIsADuplicateByFingerprint() {
        decide(agency, T0);
        RawArticle reformatted =
                RawArticle.builder()
                        .feedId("mirror")
                        .url("https://mirror.example/berita/1")
                        .title(seed.title().toUpperCase(java.util.Locale.ROOT))
                        .content(seed.content().replace("\n", "\n\n"))
                        .build();
        Identity id = decide(reformatted, T0.plusSeconds(60));
        assertThat(id.status()).isEqualTo(IdentityStatus.DUPLICATE_OF);
        assertThat(id.rule()).isEqualTo(IdentityRules.FINGERPRINT);
        assertThat(id.storyId()).isEqualTo(agency.articleId());
    }

    @Test
    void shortTextIsMatchedExactlyButNeverAsNearDuplicate() {
        RawArticle flash =
                RawArticle.builder()
                        .feedId("a")
                        .url("https://a.example/1")
                        .title("Putin dan Trump bertemu di Alaska")
                        .build();
        RawArticle sameFlash =
                RawArticle.builder()
                        .feedId("b")
                        .url("https://b.example/9")
                        .title("Putin dan Trump bertemu di Alaska!")
                        .build();
        RawArticle otherFlash =
                RawArticle.builder()
                        .feedId("c")
                        .url("https://c.example/5")
                        .title("Putin dan Trump bertemu di Anchorage")
                        .build();
        assertThat(decide(flash, T0).status()).isEqualTo(IdentityStatus.NEW);
        Identity same = decide(sameFlash, T0.plusSeconds(1));
        assertThat(same.status()).isEqualTo(IdentityStatus.DUPLICATE_OF);
        assertThat(same.rule()).isEqualTo(IdentityRules.FINGERPRINT);
        assertThat(decide(otherFlash, T0.plusSeconds(2)).status()).isEqualTo(IdentityStatus.NEW);
    }

    @Test
    void marksSyndicatedCopyOfEarlierStory() {
        decide(agency, T0);
        RawArticle rerun =
                TestArticles.withTitle(
                        TestArticles.withContent(
                                TestArticles.published(
                                        seed, "kompas", "https://kompas.example/trump", "k-77"),
                                TestArticles.rewrittenLeadWithoutLastParagraph(seed.content())),
                        "Trump Tolak Kirim Pasukan, Tawarkan Dukungan Udara");
        Identity id = decide(rerun, T0.plusSeconds(3600));
        assertThat(id.status()).isEqualTo(IdentityStatus.SYNDICATED_COPY);
        assertThat(id.rule()).isEqualTo(IdentityRules.SIMHASH);
        assertThat(id.storyId()).isEqualTo(agency.articleId());
        assertThat(id.duplicateOf()).isEqualTo(agency.articleId());
        assertThat(id.similarity()).isBetween(1 - 20 / 64.0, 1.0);

        // a copy of the copy still joins the first story
        RawArticle third = TestArticles.published(rerun, "detik", "https://detik.example/a", "d-1");
        Identity thirdId =
                decide(TestArticles.withTitle(third, "Trump dan Ukraina"), T0.plusSeconds(7200));
        assertThat(thirdId.status()).isEqualTo(IdentityStatus.SYNDICATED_COPY);
        assertThat(thirdId.storyId()).isEqualTo(agency.articleId());
    }

    @Test
    void theFiveSeedsStayFiveStories() {
        List<String> stories = new ArrayList<>();
        for (RawArticle s : TestArticles.seeds()) {
            Identity id = decide(s, T0);
            assertThat(id.status()).isEqualTo(IdentityStatus.NEW);
            stories.add(id.storyId());
        }
        assertThat(stories).doesNotHaveDuplicates().hasSize(5);
    }

    @Test
    void replayingTheSeedsTwiceGivesFiveNewAndFiveDuplicatesAndForwardsFive() {
        // a replay stamps records with replay time (see docs/identity.md, "Time")
        List<Identified> out = new ArrayList<>();
        Instant at = T0;
        for (int round = 0; round < 2; round++) {
            for (RawArticle s : TestArticles.seeds()) {
                at = at.plusSeconds(1);
                out.add(identify(s, at));
            }
        }
        assertThat(out.stream().map(i -> i.event().identity().status()))
                .containsExactly(
                        IdentityStatus.NEW,
                        IdentityStatus.NEW,
                        IdentityStatus.NEW,
                        IdentityStatus.NEW,
                        IdentityStatus.NEW,
                        IdentityStatus.DUPLICATE_OF,
                        IdentityStatus.DUPLICATE_OF,
                        IdentityStatus.DUPLICATE_OF,
                        IdentityStatus.DUPLICATE_OF,
                        IdentityStatus.DUPLICATE_OF);
        assertThat(out.stream().filter(Identified::forwarded)).hasSize(5);
    }

    @Test
    void judgesALateRecordByTheLedgerClock() {
        decide(agency, T0);
        RawArticle other = TestArticles.seeds().get(1);
        decide(other, T0.plus(Duration.ofDays(10)));
        // the agency article was last seen 10 ledger days ago: forgotten, whatever the record's
        // own timestamp says, exactly as if expiry had already deleted it
        assertThat(decide(agency, T0.plusSeconds(5)).status()).isEqualTo(IdentityStatus.NEW);
        // while a record late by less than the window still finds what it duplicates
        assertThat(decide(other, T0.plus(Duration.ofDays(4))).status())
                .isEqualTo(IdentityStatus.DUPLICATE_OF);
    }

    @Test
    void forgetsAnArticleAfterTheWindowEvenBeforeExpiryRuns() {
        step = new IdentityStep(IdentityConfig.defaults().withWindow(Duration.ofDays(7)), ledger);
        decide(agency, T0);
        assertThat(decide(agency, T0.plus(Duration.ofDays(6))).status())
                .isEqualTo(IdentityStatus.DUPLICATE_OF);
        // last seen on day 6 (the sighting refreshed it), so still known on day 12
        assertThat(decide(agency, T0.plus(Duration.ofDays(12))).status())
                .isEqualTo(IdentityStatus.DUPLICATE_OF);
        assertThat(decide(agency, T0.plus(Duration.ofDays(20))).status())
                .isEqualTo(IdentityStatus.NEW);
    }

    @Test
    void expiryDeletesEntriesAndTheirIndexKeys() {
        decide(agency, T0);
        RawArticle rerun =
                TestArticles.withContent(
                        TestArticles.published(seed, "kompas", "https://kompas.example/t", "k-1"),
                        TestArticles.rewrittenLeadWithoutLastParagraph(seed.content()));
        decide(rerun, T0.plus(Duration.ofDays(3)));
        assertThat(ledger.size()).isEqualTo(2);

        assertThat(step.expire(T0.plus(Duration.ofDays(8)))).isEqualTo(1);
        assertThat(ledger.size()).isEqualTo(1);
        assertThat(ledger.find(IdentityLedger.Index.GUID, IdentityRules.guidKey(agency))).isEmpty();

        assertThat(step.expire(T0.plus(Duration.ofDays(11)))).isEqualTo(1);
        assertThat(ledger.size()).isZero();
        var bands = ContentSignature.of(rerun, 6, 2, 25).bands();
        for (int band : bands) {
            assertThat(ledger.find(IdentityLedger.Index.BAND, band)).isEmpty();
        }
    }

    @Test
    void dropModeKeepsDuplicatesOffAndMarkModeForwardsThem() {
        assertThat(identify(agency, T0).forwarded()).isTrue();
        assertThat(identify(agency, T0.plusSeconds(1)).forwarded()).isFalse();

        var marking = new IdentityStep(IdentityConfig.defaults().withMode("mark"), ledger);
        assertThat(marking.forwards(IdentityStatus.DUPLICATE_OF)).isTrue();
        assertThat(marking.forwards(IdentityStatus.SYNDICATED_COPY)).isTrue();
        assertThat(step.forwards(IdentityStatus.SYNDICATED_COPY)).isTrue();
        var dropCopies =
                new IdentityStep(IdentityConfig.defaults().withForwardSyndicated(false), ledger);
        assertThat(dropCopies.forwards(IdentityStatus.SYNDICATED_COPY)).isFalse();
        assertThat(dropCopies.forwards(IdentityStatus.UPDATED)).isTrue();
    }

    @Test
    void aRedeliveryOfTheSameArticleIsForwardedButACopyOfAnotherIsNot() {
        identify(agency, T0);
        Envelope again = Envelope.ok(EnrichedArticle.of(agency));

        Identified plain = step.identify(agency.articleId(), again, T0.plusSeconds(60));
        Identified redelivered = step.identify(agency.articleId(), again, T0.plusSeconds(60), true);

        assertThat(plain.forwarded()).isFalse();
        assertThat(redelivered.forwarded()).isTrue();
        assertThat(redelivered.event().identity()).isEqualTo(plain.event().identity());
        assertThat(redelivered.event().identity().status()).isEqualTo(IdentityStatus.DUPLICATE_OF);

        // the same text under another site's URL is a duplicate of another article: not forwarded
        RawArticle elsewhere =
                TestArticles.published(seed, "kompas", "https://kompas.example/x", "kompas:1");
        Identified copy =
                step.identify(
                        elsewhere.articleId(),
                        Envelope.ok(EnrichedArticle.of(elsewhere)),
                        T0.plusSeconds(120),
                        true);
        assertThat(copy.event().identity().status()).isEqualTo(IdentityStatus.DUPLICATE_OF);
        assertThat(copy.event().identity().duplicateOf()).isEqualTo(agency.articleId());
        assertThat(copy.forwarded()).isFalse();
    }

    @Test
    void failedEnvelopePassesThroughUntouched() {
        Envelope failed =
                Envelope.failed(new Envelope.Failure("parse", "X", "bad", new byte[] {1, 2}));
        Identified out = step.identify("k", failed, T0);
        assertThat(out.envelope()).isSameAs(failed);
        assertThat(out.hasEvent()).isFalse();
        assertThat(out.forwarded()).isTrue();
        assertThat(ledger.size()).isZero();
    }
}
