package io.newsflow.ingest.poll;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.config.PollerConfig;
import io.newsflow.model.FeedSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ScheduleTest {
    private static final Instant NOW = Instant.parse("2025-11-01T12:00:00Z");
    private final PollerConfig config =
            PollerConfig.builder()
                    .intervals(Duration.ofMinutes(2), Duration.ofMinutes(16), Duration.ofHours(6))
                    .retryBase(Duration.ofMinutes(1))
                    .build();
    private final FeedSpec feed =
            new FeedSpec("f", "http://example.invalid/f", null, null, null, null, null, true);
    private final PollResult failure = PollResult.failure("http-500", "HTTP 500", null);

    @Test
    void backsOffExponentiallyWithJitterUpToTheMaximumAndNeverGivesUp() {
        var schedule = new Schedule(config, new SplittableRandom(7));
        int failures = 0;
        List<Duration> delays = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            var next = schedule.next(feed, Duration.ofMinutes(16), failures, failure, NOW);
            failures = next.consecutiveFailures();
            delays.add(Duration.between(NOW, next.dueAt()));
            assertThat(next.interval()).isEqualTo(Duration.ofMinutes(16));
        }
        for (int k = 1; k <= 8; k++) {
            Duration full = Duration.ofMinutes(1L << (k - 1));
            Duration cap = full.compareTo(Duration.ofHours(6)) > 0 ? Duration.ofHours(6) : full;
            assertThat(delays.get(k - 1))
                    .as("delay after failure %d", k)
                    .isBetween(cap.dividedBy(2), cap);
        }
        assertThat(failures).isEqualTo(100);
        assertThat(delays.get(99)).isBetween(Duration.ofHours(3), Duration.ofHours(6));
    }

    @Test
    void jitterSpreadsFeedsThatFailedTogether() {
        var schedule = new Schedule(config, new SplittableRandom(1));
        var dueTimes = new HashSet<Instant>();
        for (int i = 0; i < 50; i++) {
            dueTimes.add(schedule.next(feed, Duration.ofMinutes(16), 3, failure, NOW).dueAt());
        }
        assertThat(dueTimes).hasSizeGreaterThan(45);
    }

    @Test
    void sameSeedGivesTheSameSchedule() {
        var a =
                new Schedule(config, new SplittableRandom(42))
                        .next(feed, Duration.ZERO, 2, failure, NOW);
        var b =
                new Schedule(config, new SplittableRandom(42))
                        .next(feed, Duration.ZERO, 2, failure, NOW);
        assertThat(a).isEqualTo(b);
    }

    @Test
    void pollsMoreOftenWhileAFeedPublishesAndLessWhenItIsQuiet() {
        var schedule = new Schedule(config, new SplittableRandom(3));
        var busy =
                schedule.next(
                        feed,
                        Duration.ofMinutes(16),
                        0,
                        PollResult.success(Outcome.NEW_ITEMS, 3, null),
                        NOW);
        var quiet =
                schedule.next(
                        feed,
                        Duration.ofMinutes(16),
                        0,
                        PollResult.success(Outcome.NOT_MODIFIED, 0, null),
                        NOW);
        var floor =
                schedule.next(
                        feed,
                        Duration.ofMinutes(3),
                        0,
                        PollResult.success(Outcome.NEW_ITEMS, 3, null),
                        NOW);
        var ceiling =
                schedule.next(
                        feed,
                        Duration.ofHours(6),
                        0,
                        PollResult.success(Outcome.UNCHANGED, 0, null),
                        NOW);

        assertThat(busy.interval()).isEqualTo(Duration.ofMinutes(8));
        assertThat(quiet.interval()).isEqualTo(Duration.ofMinutes(20));
        assertThat(floor.interval()).isEqualTo(Duration.ofMinutes(2));
        assertThat(ceiling.interval()).isEqualTo(Duration.ofHours(6));
        assertThat(Duration.between(NOW, busy.dueAt()))
                .isBetween(Duration.ofSeconds(432), Duration.ofSeconds(528));
    }

    @Test
    void successResetsFailuresAndKeepsTheIntervalItHad() {
        var schedule = new Schedule(config, new SplittableRandom(3));
        var recovered =
                schedule.next(
                        feed,
                        Duration.ofMinutes(16),
                        9,
                        PollResult.success(Outcome.UNCHANGED, 0, null),
                        NOW);

        assertThat(recovered.consecutiveFailures()).isZero();
        assertThat(recovered.interval()).isEqualTo(Duration.ofMinutes(20));
    }

    @Test
    void neverPollsSoonerThanThePublisherAsksButNotBeyondTheMaximum() {
        var schedule = new Schedule(config, new SplittableRandom(3));
        var ttl =
                schedule.next(
                        feed,
                        Duration.ofMinutes(16),
                        0,
                        PollResult.success(Outcome.NEW_ITEMS, 1, Duration.ofMinutes(60)),
                        NOW);
        var huge =
                schedule.next(
                        feed,
                        Duration.ofMinutes(16),
                        0,
                        PollResult.success(Outcome.NEW_ITEMS, 1, Duration.ofDays(30)),
                        NOW);

        assertThat(ttl.interval()).isEqualTo(Duration.ofMinutes(60));
        assertThat(huge.interval()).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void honoursRetryAfterUpToADay() {
        var schedule = new Schedule(config, new SplittableRandom(3));
        var asked =
                schedule.next(
                        feed,
                        Duration.ofMinutes(16),
                        0,
                        PollResult.failure("http-429", "HTTP 429", NOW.plus(Duration.ofHours(2))),
                        NOW);
        var absurd =
                schedule.next(
                        feed,
                        Duration.ofMinutes(16),
                        0,
                        PollResult.failure("http-503", "HTTP 503", NOW.plus(Duration.ofDays(90))),
                        NOW);

        assertThat(asked.dueAt()).isEqualTo(NOW.plus(Duration.ofHours(2)));
        assertThat(absurd.dueAt()).isEqualTo(NOW.plus(Duration.ofDays(1)));
    }

    @Test
    void feedOverridesTheConfiguredBounds() {
        var schedule = new Schedule(config, new SplittableRandom(3));
        var fast =
                new FeedSpec(
                        "f",
                        "http://example.invalid/f",
                        null,
                        null,
                        null,
                        Duration.ofSeconds(30),
                        Duration.ofMinutes(5),
                        true);

        var next =
                schedule.next(
                        fast,
                        Duration.ZERO,
                        0,
                        PollResult.success(Outcome.UNCHANGED, 0, null),
                        NOW);

        assertThat(next.interval()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void spreadsFirstPollsOverTheWindow() {
        var schedule = new Schedule(config, new SplittableRandom(5));
        var times = new HashSet<Instant>();
        for (int i = 0; i < 100; i++) {
            Instant t = schedule.firstPoll(NOW, Duration.ofSeconds(30));
            assertThat(t).isBetween(NOW, NOW.plusSeconds(30));
            times.add(t);
        }
        assertThat(times).hasSizeGreaterThan(90);
    }
}
