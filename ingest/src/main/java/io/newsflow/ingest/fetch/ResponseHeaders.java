package io.newsflow.ingest.fetch;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The response headers the poller acts on, read once. Validators are kept verbatim (servers compare
 * them byte for byte); times are parsed against the response's receipt time.
 *
 * @param etag the {@code ETag} exactly as sent, or null
 * @param lastModified the {@code Last-Modified} exactly as sent, or null
 * @param contentType the {@code Content-Type}, or null
 * @param contentLanguage the first language of {@code Content-Language}, or null
 * @param maxAge {@code Cache-Control: max-age}, or null (also null under no-cache/no-store)
 * @param expires {@code Expires} as an instant, or null
 * @param retryAfter {@code Retry-After} (seconds or HTTP date) as an instant, or null
 */
public record ResponseHeaders(
        String etag,
        String lastModified,
        String contentType,
        String contentLanguage,
        Duration maxAge,
        Instant expires,
        Instant retryAfter) {

    private static final Pattern MAX_AGE = Pattern.compile("(?:^|[,\\s])max-age\\s*=\\s*\"?(\\d+)");
    private static final Pattern NO_CACHE = Pattern.compile("(?:^|[,\\s])(no-cache|no-store)");

    public static final ResponseHeaders NONE =
            new ResponseHeaders(null, null, null, null, null, null, null);

    /** Reads the headers of a response received at {@code now}. */
    public static ResponseHeaders of(HttpHeaders headers, Instant now) {
        String cacheControl =
                headers.firstValue("Cache-Control").orElse("").toLowerCase(Locale.ROOT);
        Duration maxAge = null;
        Matcher m = MAX_AGE.matcher(cacheControl);
        if (m.find() && !NO_CACHE.matcher(cacheControl).find()) {
            maxAge = Duration.ofSeconds(Math.min(Long.parseLong(cap(m.group(1))), 365L * 86400));
        }
        return new ResponseHeaders(
                headers.firstValue("ETag").orElse(null),
                headers.firstValue("Last-Modified").orElse(null),
                headers.firstValue("Content-Type").orElse(null),
                headers.firstValue("Content-Language")
                        .map(v -> v.split(",")[0].strip())
                        .filter(v -> !v.isEmpty())
                        .orElse(null),
                maxAge,
                headers.firstValue("Expires").flatMap(ResponseHeaders::httpDate).orElse(null),
                headers.firstValue("Retry-After").flatMap(v -> retryAfter(v, now)).orElse(null));
    }

    /** The charset parameter of {@code Content-Type}, if any. */
    public Optional<String> charset() {
        if (contentType == null) {
            return Optional.empty();
        }
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                String v = p.substring(8).strip().replace("\"", "").replace("'", "");
                return v.isEmpty() ? Optional.empty() : Optional.of(v);
            }
        }
        return Optional.empty();
    }

    static Optional<Instant> retryAfter(String value, Instant now) {
        String v = value.strip();
        if (v.matches("\\d{1,12}")) {
            return Optional.of(now.plusSeconds(Long.parseLong(v)));
        }
        return httpDate(v);
    }

    static Optional<Instant> httpDate(String value) {
        try {
            return Optional.of(
                    ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME)
                            .toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String cap(String digits) {
        return digits.length() > 12 ? "999999999999" : digits;
    }
}
