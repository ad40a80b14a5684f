package io.newsflow.ingest.fetch;

import java.net.URI;

/**
 * A response that arrived within the limits. The body is the decoded (decompressed) bytes of a 200;
 * it is empty for every other status, which the poller judges from the status and headers alone.
 *
 * @param status the final HTTP status after redirects
 * @param url the URL that gave this response
 * @param movedTo the new URL when every redirect on the way was permanent (301/308), else null
 * @param redirects how many redirects were followed
 * @param headers the headers the poller acts on
 * @param body the decoded body bytes of a 200, else empty
 * @param wireBytes how many bytes came over the wire for the body
 */
public record Fetched(
        int status,
        URI url,
        URI movedTo,
        int redirects,
        ResponseHeaders headers,
        byte[] body,
        long wireBytes) {

    public boolean notModified() {
        return status == 304;
    }

    public boolean ok() {
        return status == 200;
    }
}
