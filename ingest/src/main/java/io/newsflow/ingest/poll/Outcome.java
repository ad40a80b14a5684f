package io.newsflow.ingest.poll;

import java.util.Locale;

/** How one poll of one feed ended; the {@code outcome} tag of {@code newsflow.feed.polls}. */
public enum Outcome {
    /** 200 with items not published before. */
    NEW_ITEMS,
    /** 200 whose items were all published before. */
    UNCHANGED,
    /** 304: the validators matched, nothing was parsed. */
    NOT_MODIFIED,
    /** No usable response: network, limits, HTTP error status, parse error or publish error. */
    FAILED;

    public String tag() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
