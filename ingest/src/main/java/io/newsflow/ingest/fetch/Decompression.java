package io.newsflow.ingest.fetch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/**
 * Decodes {@code Content-Encoding} ourselves rather than in the HTTP client, reading at most a
 * fixed number of decoded bytes: a gzip or deflate bomb stops at the cap instead of filling the
 * heap.
 */
final class Decompression {
    private Decompression() {}

    static byte[] decode(byte[] body, String contentEncoding, long cap) throws FetchException {
        String encoding =
                contentEncoding == null ? "" : contentEncoding.strip().toLowerCase(Locale.ROOT);
        try {
            return switch (encoding) {
                case "", "identity" -> body;
                case "gzip", "x-gzip" -> readCapped(new GZIPInputStream(in(body), 8192), cap);
                case "deflate" -> inflate(body, cap);
                default ->
                        throw new FetchException(
                                FetchError.BAD_ENCODING,
                                "unsupported Content-Encoding '" + contentEncoding + "'");
            };
        } catch (ZipException | java.io.EOFException e) {
            throw new FetchException(
                    FetchError.BAD_ENCODING,
                    "body is not valid " + encoding + " data: " + e.getMessage(),
                    e);
        } catch (IOException e) {
            throw new FetchException(FetchError.IO, "cannot decode " + encoding + " body", e);
        }
    }

    /** "deflate" is zlib-wrapped by the standard, raw deflate by some servers; accept both. */
    private static byte[] inflate(byte[] body, long cap) throws IOException, FetchException {
        try {
            return readCapped(new InflaterInputStream(in(body), new Inflater(false)), cap);
        } catch (ZipException e) {
            return readCapped(new InflaterInputStream(in(body), new Inflater(true)), cap);
        }
    }

    private static String tooLarge(long cap) {
        return "decompressed body exceeds the cap of "
                + cap
                + " bytes (poller.maxDecompressedBytes; compression bomb?)";
    }

    private static InputStream in(byte[] body) {
        return new ByteArrayInputStream(body);
    }

    private static byte[] readCapped(InputStream in, long cap) throws IOException, FetchException {
        try (in) {
            byte[] buffer = new byte[(int) Math.min(cap + 1, 64 * 1024)];
            int size = 0;
            while (true) {
                if (size == buffer.length) {
                    if (size > cap) {
                        throw new FetchException(FetchError.DECOMPRESSED_TOO_LARGE, tooLarge(cap));
                    }
                    buffer = Arrays.copyOf(buffer, (int) Math.min(cap + 1, size * 2L));
                }
                int n = in.read(buffer, size, buffer.length - size);
                if (n < 0) {
                    return Arrays.copyOf(buffer, size);
                }
                size += n;
                if (size > cap) {
                    throw new FetchException(FetchError.DECOMPRESSED_TOO_LARGE, tooLarge(cap));
                }
            }
        }
    }
}
