package io.newsflow.ingest.fetch;

import java.util.Locale;

/** Why a fetch failed; each kind is a metric tag and decides whether a retry can help. */
public enum FetchError {
    /** The connection could not be made (refused, DNS, TLS). */
    CONNECT,
    /** Connect or total timeout: the server was too slow or never answered. */
    TIMEOUT,
    /** The response body exceeded the configured byte cap. */
    BODY_TOO_LARGE,
    /** The decoded (gunzipped/inflated) body exceeded the configured cap. */
    DECOMPRESSED_TOO_LARGE,
    /** The body claimed a content encoding it was not, or one we do not speak. */
    BAD_ENCODING,
    /** More redirects than allowed, a redirect loop, or one without a usable Location. */
    REDIRECTS,
    /** A URL (subscribed or redirected to) that is not http(s). */
    BAD_URL,
    /** Any other I/O error while talking to the server. */
    IO;

    public String tag() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
