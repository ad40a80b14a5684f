package io.newsflow.ingest.feed;

import java.util.Locale;

/** Why a body could not be read as a feed; each kind is a metric tag and a clear log line. */
public enum ParseError {
    /** The server sent an HTML page (a site's home, a login or error page) instead of a feed. */
    HTML_PAGE,
    /** Well-formed content that is not RSS, Atom or JSON Feed. */
    NOT_A_FEED,
    /** A DOCTYPE with entity declarations: XXE or entity expansion, refused unread. */
    FORBIDDEN_DOCTYPE,
    /** XML that is not well-formed (truncated, broken markup). */
    MALFORMED_XML,
    /**
     * XML or JSON nested deeper than the poller's limit: a hostile body that would cost seconds of
     * CPU or overflow the stack, refused while parsing.
     */
    TOO_DEEP,
    /** JSON that is not well-formed, or a JSON Feed whose structure has the wrong types. */
    MALFORMED_JSON,
    /** An empty body. */
    EMPTY;

    public String tag() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
