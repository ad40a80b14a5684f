package io.newsflow.sink.article;

import io.newsflow.kafka.FilingHeaders;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
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

    /**
     * Whether the bytes hold a raw {@code \n} or {@code \r}. A UTF-8 multi-byte sequence never
     * holds a byte below 0x80, so this finds exactly the raw line breaks. This scan runs over every
     * byte the sink writes, so it looks at 32 bytes at a time: four words tested at once for a byte
     * below 0x0E (the "has a byte less than n" bit trick), and only a block with such a byte (a
     * line break, or a tab or control byte, all rare in compact JSON) is looked at byte by byte. It
     * allocates nothing (a Latin-1 String copy for String.indexOf allocated one per record).
     */
    static boolean hasLineBreak(byte[] value) {
        int i = 0;
        for (int end = value.length - 4 * Long.BYTES; i <= end; i += 4 * Long.BYTES) {
            long a = (long) LONGS.get(value, i);
            long b = (long) LONGS.get(value, i + 8);
            long c = (long) LONGS.get(value, i + 16);
            long d = (long) LONGS.get(value, i + 24);
            long low = lowBytes(a) | lowBytes(b) | lowBytes(c) | lowBytes(d);
            if (low != 0 && hasLineBreak(value, i, i + 4 * Long.BYTES)) {
                return true;
            }
        }
        return hasLineBreak(value, i, value.length);
    }

    private static boolean hasLineBreak(byte[] value, int from, int to) {
        for (int i = from; i < to; i++) {
            if (value[i] == '\n' || value[i] == '\r') {
                return true;
            }
        }
        return false;
    }

    private static final VarHandle LONGS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long BELOW_0E = ONES * 0x0E;

    /**
     * Non-zero if one of the eight bytes is below 0x0E ({@code \r} is 0x0D, {@code \n} 0x0A). Never
     * misses one; may also flag a byte above such a byte, which the exact look settles.
     */
    private static long lowBytes(long word) {
        return (word - BELOW_0E) & ~word & HIGHS;
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }
}
