package io.newsflow.processors.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.config.IdentityConfig;
import io.newsflow.model.RawArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimHashTest {
    private static final int THRESHOLD = IdentityConfig.DEFAULT_MAX_HAMMING_DISTANCE;

    private static long simhash(RawArticle a) {
        return ContentSignature.of(a, 6, 2, 25).simhash();
    }

    @Test
    void distanceCountsDifferingBits() {
        assertThat(SimHash.distance(0L, 0L)).isZero();
        assertThat(SimHash.distance(0L, -1L)).isEqualTo(64);
        assertThat(SimHash.distance(0b1011L, 0b0001L)).isEqualTo(2);
        assertThat(SimHash.similarity(0L, 0xffL)).isEqualTo(1.0 - 8 / 64.0);
        assertThat(SimHash.hex(255L)).isEqualTo("00000000000000ff");
    }

    @Test
    void editedCopiesStayCloseAndTheFiveSeedsStayApart() {
        List<RawArticle> seeds = TestArticles.seeds();
        for (RawArticle seed : seeds) {
            RawArticle copy =
                    TestArticles.withTitle(
                            TestArticles.withContent(
                                    seed,
                                    TestArticles.rewrittenLeadWithoutLastParagraph(seed.content())),
                            "Terbaru: " + seed.title());
            assertThat(SimHash.distance(simhash(seed), simhash(copy)))
                    .as("copy of %s", seed.title())
                    .isLessThanOrEqualTo(THRESHOLD);
        }
        for (int i = 0; i < seeds.size(); i++) {
            for (int j = i + 1; j < seeds.size(); j++) {
                assertThat(SimHash.distance(simhash(seeds.get(i)), simhash(seeds.get(j))))
                        .as("seeds %d and %d", i, j)
                        .isGreaterThan(THRESHOLD);
            }
        }
    }
}
