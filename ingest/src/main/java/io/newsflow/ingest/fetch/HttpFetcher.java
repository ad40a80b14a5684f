package io.newsflow.ingest.fetch;

import io.newsflow.config.PollerConfig;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches one feed URL politely and within limits with the JDK {@link HttpClient}: conditional GET
 * with the stored validators, redirects followed by hand (to count them and notice permanent
 * moves), a byte cap on the body, our own capped decompression, and one deadline for the whole
 * attempt. The calling thread waits at most {@code requestTimeout}; a server that never answers
 * costs that one thread for that long and nothing more.
 */
public final class HttpFetcher implements AutoCloseable {
    static final String ACCEPT =
            "application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9,"
                    + " application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5";

    private final HttpClient client;
    private final PollerConfig config;
    private final Clock clock;

    public HttpFetcher(PollerConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.client =
                HttpClient.newBuilder()
                        // Redirects are followed by hand: counted, and permanent ones reported.
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .connectTimeout(config.connectTimeout())
                        // HTTP/1.1 keeps plain-http feeds free of h2c upgrade headers that some
                        // servers mishandle; one request per host at a time needs no multiplexing.
                        .version(HttpClient.Version.HTTP_1_1)
                        .build();
    }

    /** One bounded attempt at {@code url}; any status is a result, only no response is thrown. */
    public Fetched fetch(URI url, Validators validators) throws FetchException {
        Instant deadline = clock.instant().plus(config.requestTimeout());
        URI current = url;
        boolean allPermanent = true;
        Set<URI> seen = new HashSet<>();
        for (int redirects = 0; ; redirects++) {
            checkScheme(current);
            if (!seen.add(current)) {
                throw new FetchException(FetchError.REDIRECTS, "redirect loop at " + current);
            }
            HttpResponse<byte[]> response = send(current, validators, deadline);
            int status = response.statusCode();
            if (isRedirect(status)) {
                if (redirects >= config.maxRedirects()) {
                    throw new FetchException(
                            FetchError.REDIRECTS,
                            "more than "
                                    + config.maxRedirects()
                                    + " redirects (last to "
                                    + current
                                    + ")");
                }
                allPermanent &= status == 301 || status == 308;
                current = location(current, response);
                continue;
            }
            ResponseHeaders headers = ResponseHeaders.of(response.headers(), clock.instant());
            byte[] wire = response.body() == null ? new byte[0] : response.body();
            byte[] body =
                    status == 200
                            ? Decompression.decode(
                                    wire,
                                    response.headers().firstValue("Content-Encoding").orElse(null),
                                    config.maxDecompressedBytes())
                            : new byte[0];
            // a feed moves only to a URL that answers: a permanent redirect to a server that is
            // down (or misconfigured for a moment) must not re-point the feed for good
            boolean answered = status == 200 || status == 304;
            URI movedTo = redirects > 0 && allPermanent && answered ? current : null;
            return new Fetched(status, current, movedTo, redirects, headers, body, wire.length);
        }
    }

    private HttpResponse<byte[]> send(URI url, Validators validators, Instant deadline)
            throws FetchException {
        Duration remaining = Duration.between(clock.instant(), deadline);
        if (remaining.isNegative() || remaining.isZero()) {
            throw timeout(url);
        }
        HttpRequest.Builder request =
                HttpRequest.newBuilder(url)
                        .GET()
                        .timeout(remaining)
                        .header("User-Agent", config.userAgent())
                        .header("Accept", ACCEPT)
                        .header("Accept-Encoding", "gzip, deflate");
        if (validators.etag() != null) {
            request.header("If-None-Match", validators.etag());
        }
        if (validators.lastModified() != null) {
            request.header("If-Modified-Since", validators.lastModified());
        }
        CompletableFuture<HttpResponse<byte[]>> future =
                client.sendAsync(request.build(), this::bodyFor);
        try {
            return future.get(remaining.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw timeout(url);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchException(FetchError.IO, "interrupted while fetching " + url, e);
        } catch (ExecutionException e) {
            throw translate(url, e.getCause());
        }
    }

    /** Only a 200's body is read (capped); other bodies are drained and dropped. */
    private HttpResponse.BodySubscriber<byte[]> bodyFor(HttpResponse.ResponseInfo info) {
        if (info.statusCode() != 200) {
            return BodySubscribers.replacing(new byte[0]);
        }
        long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        return new CappedBody(config.maxBodyBytes(), declared);
    }

    private FetchException timeout(URI url) {
        return new FetchException(
                FetchError.TIMEOUT,
                "no complete response from "
                        + url.getHost()
                        + " within "
                        + config.requestTimeout().toMillis()
                        + " ms");
    }

    private static FetchException translate(URI url, Throwable cause) {
        Throwable c = cause;
        while (c != null) {
            if (c instanceof FetchException fe) {
                return fe;
            }
            if (c instanceof HttpConnectTimeoutException) {
                return new FetchException(
                        FetchError.TIMEOUT, "connect to " + url.getHost() + " timed out", c);
            }
            if (c instanceof HttpTimeoutException) {
                return new FetchException(
                        FetchError.TIMEOUT, "request to " + url.getHost() + " timed out", c);
            }
            if (c instanceof ConnectException
                    && innermost(c) instanceof UnresolvedAddressException) {
                return new FetchException(
                        FetchError.CONNECT,
                        "cannot resolve the host name "
                                + url.getHost()
                                + ": check the feed's URL, and this machine's DNS and network",
                        c);
            }
            if (c instanceof ConnectException) {
                return new FetchException(
                        FetchError.CONNECT,
                        "cannot connect to " + url.getHost() + ": " + describe(c),
                        c);
            }
            c = c.getCause();
        }
        if (cause instanceof IOException
                && cause.getMessage() != null
                && cause.getMessage().toLowerCase(Locale.ROOT).contains("too large")) {
            return new FetchException(FetchError.BODY_TOO_LARGE, cause.getMessage(), cause);
        }
        return new FetchException(
                FetchError.IO, "I/O error from " + url.getHost() + ": " + describe(cause), cause);
    }

    /** The innermost cause names the real problem (UnresolvedAddressException, refused …). */
    private static String describe(Throwable t) {
        t = innermost(t);
        String m = t.getMessage();
        return t.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : " (" + m + ")");
    }

    private static Throwable innermost(Throwable t) {
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static URI location(URI from, HttpResponse<?> response) throws FetchException {
        String location =
                response.headers()
                        .firstValue("Location")
                        .orElseThrow(
                                () ->
                                        new FetchException(
                                                FetchError.REDIRECTS,
                                                "redirect "
                                                        + response.statusCode()
                                                        + " without Location from "
                                                        + from));
        try {
            return from.resolve(new URI(location.strip().replace(" ", "%20")));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new FetchException(
                    FetchError.REDIRECTS, "unusable redirect Location '" + location + "'", e);
        }
    }

    private static void checkScheme(URI url) throws FetchException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
            throw new FetchException(FetchError.BAD_URL, "refusing non-http(s) URL " + url);
        }
    }

    @Override
    public void close() {
        // HttpClient gained close() only in Java 21; on 17 its threads end when it is collected.
    }
}
