package io.newsflow.ingest.poll;

import io.newsflow.config.PollerConfig;
import io.newsflow.ingest.feed.FeedInput;
import io.newsflow.ingest.feed.FeedParseException;
import io.newsflow.ingest.feed.FeedParser;
import io.newsflow.ingest.feed.ParseError;
import io.newsflow.ingest.feed.ParsedFeed;
import io.newsflow.ingest.fetch.FetchException;
import io.newsflow.ingest.fetch.Fetched;
import io.newsflow.ingest.fetch.HttpFetcher;
import io.newsflow.ingest.fetch.Repair;
import io.newsflow.ingest.fetch.ResponseHeaders;
import io.newsflow.ingest.fetch.Validators;
import io.newsflow.model.FeedSpec;
import io.newsflow.model.FeedState;
import io.newsflow.model.RawArticle;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One poll of one feed: conditional fetch, parse (not on 304), keep the items not published before,
 * publish them and wait for the acknowledgements, then compute the feed's next state. Every failure
 * becomes a {@link PollResult} — nothing thrown here can reach another feed.
 */
final class FeedPollTask {
    private static final Logger log = LoggerFactory.getLogger(FeedPollTask.class);
    private static final Set<String> PARSE_ERRORS = new HashSet<>();

    static {
        for (ParseError e : ParseError.values()) {
            PARSE_ERRORS.add(e.tag());
        }
    }

    private final PollerConfig config;
    private final HttpFetcher fetcher;
    private final FeedParser parser;
    private final ArticleSink articles;
    private final Schedule schedule;
    private final PollerMetrics metrics;
    private final Clock clock;

    FeedPollTask(
            PollerConfig config,
            HttpFetcher fetcher,
            FeedParser parser,
            ArticleSink articles,
            Schedule schedule,
            PollerMetrics metrics,
            Clock clock) {
        this.config = config;
        this.fetcher = fetcher;
        this.parser = parser;
        this.articles = articles;
        this.schedule = schedule;
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * Polls the feed once and returns its next state. An {@link Error} from deep inside a library
     * (a {@link StackOverflowError} from a recursive parser or cleaner) fails this feed's poll like
     * any other failure — recorded, counted, backed off — but an {@link OutOfMemoryError} is the
     * whole JVM's problem and is rethrown.
     */
    FeedState poll(FeedSpec spec, FeedState state) {
        try {
            return attempt(spec, state);
        } catch (OutOfMemoryError e) {
            throw e;
        } catch (RuntimeException | Error e) {
            String url = state.url() != null ? state.url() : spec.url();
            log.error(
                    "feed={} url={} poll crashed with {} — a bug, please report it with the feed"
                            + " URL",
                    spec.feedId(),
                    url,
                    e.getClass().getSimpleName(),
                    e);
            return failed(
                    spec,
                    state,
                    url,
                    "crash",
                    e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage())),
                    null,
                    state,
                    clock.instant());
        }
    }

    private FeedState attempt(FeedSpec spec, FeedState state) {
        String feedId = spec.feedId();
        Instant started = clock.instant();
        String url = state.url() != null ? state.url() : spec.url();
        Fetched fetched;
        try {
            fetched =
                    fetcher.fetch(
                            URI.create(url), new Validators(state.etag(), state.lastModified()));
        } catch (FetchException e) {
            metrics.fetched(Duration.between(started, clock.instant()));
            return failed(spec, state, url, e.error().tag(), e.getMessage(), null, state, started);
        } catch (IllegalArgumentException e) {
            return failed(
                    spec,
                    state,
                    url,
                    "bad-url",
                    "unusable feed URL: " + e.getMessage(),
                    null,
                    state,
                    started);
        }
        Instant now = clock.instant();
        metrics.fetched(Duration.between(started, now));
        String effectiveUrl = url;
        if (fetched.movedTo() != null && !fetched.movedTo().toString().equals(url)) {
            effectiveUrl = fetched.movedTo().toString();
            log.info(
                    "feed={} moved permanently from {} to {}; polling the new URL from now on",
                    feedId,
                    url,
                    effectiveUrl);
        }
        ResponseHeaders headers = fetched.headers();
        if (fetched.notModified()) {
            if (isParseFailure(state.lastError())) {
                // The same bytes that failed to parse: still broken, and not worth re-reading.
                return failed(
                        spec,
                        state,
                        effectiveUrl,
                        errorKind(state.lastError()),
                        "unchanged since: " + errorMessage(state.lastError()),
                        null,
                        state,
                        now);
            }
            var result =
                    PollResult.success(
                            Outcome.NOT_MODIFIED, 0, publisherInterval(headers, null, now));
            return succeeded(
                    spec,
                    state,
                    effectiveUrl,
                    result,
                    state.etag(),
                    state.lastModified(),
                    state.recentItemKeys(),
                    now);
        }
        if (!fetched.ok()) {
            int status = fetched.status();
            Instant notBefore = status == 429 || status == 503 ? headers.retryAfter() : null;
            String message =
                    "HTTP "
                            + status
                            + (status == 410 ? " Gone (still retried at the maximum interval)" : "")
                            + (notBefore != null ? ", Retry-After " + notBefore : "");
            return failed(
                    spec, state, effectiveUrl, "http-" + status, message, notBefore, state, now);
        }

        Set<String> seen = new HashSet<>(state.recentItemKeys());
        ParsedFeed parsed;
        try {
            parsed =
                    parser.parse(
                            new FeedInput(
                                    feedId,
                                    spec.name(),
                                    effectiveUrl,
                                    fetched.body(),
                                    headers.charset(),
                                    headers.contentLanguage(),
                                    spec.language(),
                                    fetched.status(),
                                    headers.etag(),
                                    now),
                            seen::contains);
        } catch (FeedParseException e) {
            // Keep the validators: if the publisher does not change the bytes, the next poll is a
            // cheap 304 instead of the same parse error.
            FeedState withValidators = state.withValidators(headers.etag(), headers.lastModified());
            return failed(
                    spec,
                    withValidators,
                    effectiveUrl,
                    e.error().tag(),
                    e.getMessage(),
                    null,
                    withValidators,
                    now);
        } catch (RuntimeException e) {
            log.error(
                    "feed={} parser bug on {} — please report with the feed URL",
                    feedId,
                    effectiveUrl,
                    e);
            return failed(
                    spec, state, effectiveUrl, "parser-bug", String.valueOf(e), null, state, now);
        }
        for (Repair repair : parsed.repairs()) {
            metrics.repair(feedId, repair.kind());
            log.debug("feed={} repair {}: {}", feedId, repair.kind(), repair.detail());
        }

        List<String> currentKeys = parsed.itemKeys();
        List<RawArticle> fresh = new ArrayList<>(parsed.articles());
        // Feeds list newest first; publishing oldest first lets readers see stories in order.
        java.util.Collections.reverse(fresh);
        for (int i = 0; i < fresh.size(); i++) {
            var fitted = OversizedItems.fit(fresh.get(i), RawArticle.MAX_JSON_BYTES);
            if (fitted.wasCut()) {
                metrics.repair(feedId, "item-cut");
                log.warn(
                        "feed={} item {} is {} bytes as JSON, over the {} a raw record may take: its"
                                + " text was cut to {} bytes and published",
                        feedId,
                        fresh.get(i).url() != null ? fresh.get(i).url() : fresh.get(i).guid(),
                        fitted.bytes(),
                        RawArticle.MAX_JSON_BYTES,
                        fitted.cutTo());
                fresh.set(i, fitted.article());
            }
        }
        try {
            articles.publish(feedId, fresh);
        } catch (ArticleSink.PublishException e) {
            return failed(spec, state, effectiveUrl, "publish", e.getMessage(), null, state, now);
        }
        metrics.published(feedId, fresh.size());
        var result =
                PollResult.success(
                        fresh.isEmpty() ? Outcome.UNCHANGED : Outcome.NEW_ITEMS,
                        fresh.size(),
                        publisherInterval(headers, parsed.refreshHint(), now));
        List<String> keys =
                RecentItems.merge(currentKeys, state.recentItemKeys(), config.recentItems());
        FeedState next =
                succeeded(
                        spec,
                        state,
                        effectiveUrl,
                        result,
                        headers.etag(),
                        headers.lastModified(),
                        keys,
                        now);
        return new FeedState(
                next.schemaVersion(),
                next.feedId(),
                next.url(),
                next.etag(),
                next.lastModified(),
                next.nextPollAt(),
                next.intervalSeconds(),
                next.consecutiveFailures(),
                next.lastError(),
                next.lastAttemptAt(),
                next.lastSuccessAt(),
                state.itemsPublished() + fresh.size(),
                next.recentItemKeys(),
                next.subscribedUrl());
    }

    private FeedState succeeded(
            FeedSpec spec,
            FeedState state,
            String url,
            PollResult result,
            String etag,
            String lastModified,
            List<String> keys,
            Instant now) {
        metrics.poll(spec.feedId(), result.outcome());
        if (state.consecutiveFailures() > 0) {
            log.info(
                    "feed={} recovered after {} failed polls",
                    spec.feedId(),
                    state.consecutiveFailures());
        }
        Schedule.Next next =
                schedule.next(
                        spec,
                        Duration.ofSeconds(state.intervalSeconds()),
                        state.consecutiveFailures(),
                        result,
                        now);
        return new FeedState(
                FeedState.SCHEMA_VERSION,
                spec.feedId(),
                url,
                etag,
                lastModified,
                next.dueAt(),
                next.interval().toSeconds(),
                0,
                null,
                now,
                now,
                state.itemsPublished(),
                keys,
                spec.url());
    }

    private FeedState failed(
            FeedSpec spec,
            FeedState state,
            String url,
            String error,
            String message,
            Instant notBefore,
            FeedState validatorsFrom,
            Instant now) {
        metrics.poll(spec.feedId(), Outcome.FAILED);
        metrics.failure(spec.feedId(), error);
        PollResult result = PollResult.failure(error, message, notBefore);
        Schedule.Next next =
                schedule.next(
                        spec,
                        Duration.ofSeconds(state.intervalSeconds()),
                        state.consecutiveFailures(),
                        result,
                        now);
        String lastError = error + ": " + message;
        if (next.consecutiveFailures() == 1
                || !lastError.equals(state.lastError())
                || next.consecutiveFailures() % 10 == 0) {
            log.warn(
                    "feed={} url={} poll failed: {}; attempt={}, next poll in {} s",
                    spec.feedId(),
                    url,
                    lastError,
                    next.consecutiveFailures(),
                    Math.max(0, Duration.between(now, next.dueAt()).toSeconds()));
        } else {
            log.debug(
                    "feed={} poll failed again: {}; attempt={}",
                    spec.feedId(),
                    lastError,
                    next.consecutiveFailures());
        }
        return new FeedState(
                FeedState.SCHEMA_VERSION,
                spec.feedId(),
                url,
                validatorsFrom.etag(),
                validatorsFrom.lastModified(),
                next.dueAt(),
                next.interval().toSeconds(),
                next.consecutiveFailures(),
                lastError,
                now,
                state.lastSuccessAt(),
                state.itemsPublished(),
                state.recentItemKeys(),
                spec.url());
    }

    /** The longest of the publisher's hints: max-age, Expires, RSS ttl / sy:updatePeriod. */
    static Duration publisherInterval(ResponseHeaders headers, Duration feedHint, Instant now) {
        Duration best = feedHint;
        if (headers.maxAge() != null) {
            best = longer(best, headers.maxAge());
        }
        if (headers.expires() != null && headers.expires().isAfter(now)) {
            best = longer(best, Duration.between(now, headers.expires()));
        }
        return best;
    }

    private static Duration longer(Duration a, Duration b) {
        return a == null || b.compareTo(a) > 0 ? b : a;
    }

    static boolean isParseFailure(String lastError) {
        return lastError != null && PARSE_ERRORS.contains(errorKind(lastError));
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    private static String errorKind(String lastError) {
        int colon = lastError.indexOf(": ");
        return colon < 0 ? lastError : lastError.substring(0, colon);
    }

    private static String errorMessage(String lastError) {
        int colon = lastError.indexOf(": ");
        String message = colon < 0 ? lastError : lastError.substring(colon + 2);
        return message.startsWith("unchanged since: ")
                ? message.substring("unchanged since: ".length())
                : message;
    }
}
