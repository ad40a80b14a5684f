package io.newsflow.sink.article;

import io.newsflow.kafka.FilingHeaders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;

/**
 * What the file sink files a record by — its publication and fetch times and its language — and
 * whether its JSON value fits on one line as it is.
 *
 * <p>Records written by newsflow's processors carry these in {@link FilingHeaders}: the sink then
 * reads the headers and only scans the value's bytes (one object's braces at both ends, no line
 * break), because tokenizing every value's JSON cost more than everything else the sink does per
 * record. Records without the headers (another producer, an older newsflow) are read from their
 * JSON as before, which also refuses anything that is not exactly one JSON object.
 */
public record FilingFields(
        String publishedAt, String fetchedAt, String languageCode, boolean singleLine) {

    /**
     * The fields of one record.
     *
     * @throws IOException when the value is not a JSON object
     */
    public static FilingFields of(Headers headers, byte[] value) throws IOException {
        var filing = headers == null ? null : FilingHeaders.read(headers);
        if (filing != null && bracedObject(value)) {
            return new FilingFields(
                    filing.publishedAt(),
                    filing.fetchedAt(),
                    filing.languageCode(),
                    !hasLineBreak(value));
        }
        var fields = ArticleFields.read(value);
        return new FilingFields(
                fields.publishedAt(),
                fields.fetchedAt(),
                fields.languageCode(),
                fields.singleLine());
    }

    private static boolean bracedObject(byte[] value) {
        int first = 0;
        int last = value.length - 1;
        while (first <= last && isSpace(value[first])) {
            first++;
        }
        while (last >= first && isSpace(value[last])) {
            last--;
        }
        return first < last && value[first] == '{' && value[last] == '}';
    }

    private static boolean hasLineBreak(byte[] value) {
        // Bytes read as Latin-1 are one char each, and a UTF-8 multi-byte sequence never holds a
        // byte below 0x80, so this finds exactly the raw line breaks. String.indexOf is a
        // vectorized intrinsic: a plain byte loop here was 40 % of the sink thread's CPU.
        String bytes = new String(value, StandardCharsets.ISO_8859_1);
        return bytes.indexOf('\n') >= 0 || bytes.indexOf('\r') >= 0;
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }
}
