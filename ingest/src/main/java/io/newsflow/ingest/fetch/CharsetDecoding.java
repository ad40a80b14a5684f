package io.newsflow.ingest.fetch;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns body bytes into text the way browsers and careful feed readers do: a byte-order mark wins;
 * then the HTTP {@code charset} and the XML prolog's {@code encoding}, each believed only if the
 * bytes decode cleanly under it; otherwise juniversalchardet guesses. A declared single-byte Latin
 * charset over bytes that are valid UTF-8 is the commonest server misconfiguration and is read as
 * UTF-8. Every decision other than "the declaration was right" is a {@link Repair}.
 */
public final class CharsetDecoding {
    private static final Pattern PROLOG_ENCODING =
            Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
    private static final Set<String> LATIN_SINGLE_BYTE =
            Set.of("ISO-8859-1", "US-ASCII", "windows-1252");

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /**
     * windows-1252 as browsers decode it: the five bytes Java's decoder leaves unmapped (0x81,
     * 0x8D, 0x8F, 0x90, 0x9D) become the code points of the same value, so decoding never fails.
     */
    private static final char[] WINDOWS_1252_CHARS = windows1252Table();

    private CharsetDecoding() {}

    public static DecodedText decode(byte[] bytes, Optional<String> headerCharset) {
        List<Repair> repairs = new ArrayList<>();
        Optional<DecodedText> bom = fromBom(bytes);
        if (bom.isPresent()) {
            return bom.get();
        }
        List<String> declared = new ArrayList<>();
        headerCharset.ifPresent(declared::add);
        prologEncoding(bytes).ifPresent(declared::add);

        boolean usableDeclaration = false;
        for (String name : declared) {
            Optional<Charset> charset = charset(name);
            if (charset.isEmpty()) {
                repairs.add(
                        new Repair("charset", "unknown declared charset '" + name + "' ignored"));
                continue;
            }
            usableDeclaration = true;
            boolean latin = LATIN_SINGLE_BYTE.contains(charset.get().name());
            if (latin && hasNonAscii(bytes)) {
                Optional<String> utf8 = strict(bytes, StandardCharsets.UTF_8);
                if (utf8.isPresent()) {
                    repairs.add(
                            new Repair(
                                    "charset",
                                    "declared " + charset.get().name() + " but bytes are UTF-8"));
                    return new DecodedText(utf8.get(), StandardCharsets.UTF_8, repairs);
                }
                if (!charset.get().equals(WINDOWS_1252)
                        && readsDifferentlyAsWindows1252(bytes, charset.get())) {
                    // Browsers (WHATWG Encoding Standard) read the labels ISO-8859-1, latin1 and
                    // US-ASCII as windows-1252: the bytes 0x80-0x9F behind them are curly quotes,
                    // dashes and € from Windows editors, never the C1 controls ISO-8859-1 says.
                    repairs.add(
                            new Repair(
                                    "charset",
                                    "declared "
                                            + charset.get().name()
                                            + " read as windows-1252, as browsers do"));
                    return new DecodedText(windows1252(bytes), WINDOWS_1252, repairs);
                }
            }
            Optional<String> text = strict(bytes, charset.get());
            if (text.isEmpty()) {
                continue;
            }
            return new DecodedText(text.get(), charset.get(), repairs);
        }

        String what =
                declared.isEmpty()
                        ? "undeclared charset"
                        : "declared " + String.join("/", declared);
        if (!usableDeclaration) {
            Optional<String> utf8 = strict(bytes, StandardCharsets.UTF_8);
            if (utf8.isPresent()) {
                // XML and JSON both default to UTF-8: not a repair.
                return new DecodedText(utf8.get(), StandardCharsets.UTF_8, repairs);
            }
        }
        Optional<Charset> detected = detect(bytes);
        if (detected.isPresent()) {
            Optional<String> text = strict(bytes, detected.get());
            if (text.isPresent()) {
                repairs.add(
                        new Repair(
                                "charset",
                                what
                                        + " does not fit the bytes; detected "
                                        + detected.get().name()));
                return new DecodedText(text.get(), detected.get(), repairs);
            }
        }
        Charset fallback =
                declared.stream()
                        .map(CharsetDecoding::charset)
                        .flatMap(Optional::stream)
                        .findFirst()
                        .orElse(StandardCharsets.UTF_8);
        repairs.add(
                new Repair(
                        "charset",
                        what
                                + " does not fit the bytes; undecodable bytes replaced under "
                                + fallback.name()));
        return new DecodedText(new String(bytes, fallback), fallback, repairs);
    }

    static Optional<String> prologEncoding(byte[] bytes) {
        int n = Math.min(bytes.length, 256);
        String head = new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
        Matcher m = PROLOG_ENCODING.matcher(head);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static Optional<DecodedText> fromBom(byte[] b) {
        if (b.length >= 3
                && (b[0] & 0xFF) == 0xEF
                && (b[1] & 0xFF) == 0xBB
                && (b[2] & 0xFF) == 0xBF) {
            return Optional.of(bomText(b, 3, StandardCharsets.UTF_8));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return Optional.of(bomText(b, 2, StandardCharsets.UTF_16BE));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return Optional.of(bomText(b, 2, StandardCharsets.UTF_16LE));
        }
        return Optional.empty();
    }

    private static DecodedText bomText(byte[] b, int skip, Charset charset) {
        return new DecodedText(new String(b, skip, b.length - skip, charset), charset, List.of());
    }

    private static Optional<Charset> charset(String name) {
        try {
            return Optional.of(Charset.forName(name.strip()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> strict(byte[] bytes, Charset charset) {
        try {
            CharBuffer chars =
                    charset.newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes));
            return Optional.of(chars.toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether windows-1252 reads bytes that have a byte above 0x7F differently from {@code
     * declared}: always for US-ASCII (which has no such bytes), for ISO-8859-1 only in 0x80-0x9F.
     */
    private static boolean readsDifferentlyAsWindows1252(byte[] bytes, Charset declared) {
        if (declared.equals(StandardCharsets.US_ASCII)) {
            return true;
        }
        for (byte b : bytes) {
            int v = b & 0xFF;
            if (v >= 0x80 && v <= 0x9F) {
                return true;
            }
        }
        return false;
    }

    private static String windows1252(byte[] bytes) {
        char[] chars = new char[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            chars[i] = WINDOWS_1252_CHARS[bytes[i] & 0xFF];
        }
        return new String(chars);
    }

    private static char[] windows1252Table() {
        char[] table = new char[256];
        for (int b = 0; b < 256; b++) {
            table[b] =
                    strict(new byte[] {(byte) b}, WINDOWS_1252)
                            .map(s -> s.charAt(0))
                            .orElse((char) b);
        }
        return table;
    }

    private static boolean hasNonAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Charset> detect(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector(null);
        detector.handleData(bytes, 0, Math.min(bytes.length, 1 << 20));
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        return name == null ? Optional.empty() : charset(name.toUpperCase(Locale.ROOT));
    }
}
