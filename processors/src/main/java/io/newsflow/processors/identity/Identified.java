package io.newsflow.processors.identity;

import io.newsflow.model.IdentityEvent;
import io.newsflow.processors.Envelope;

/**
 * The identity step's answer for one record: the envelope with the identity set (or the failed
 * envelope untouched), the decision event ({@code null} for a failed envelope), and whether the
 * record goes on to enrichment in the configured mode.
 */
public record Identified(Envelope envelope, IdentityEvent event, boolean forwarded) {

    static Identified passThrough(Envelope failed) {
        return new Identified(failed, null, true);
    }

    public boolean hasEvent() {
        return event != null;
    }
}
