package io.newsflow.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CharsetDecodingTest {
    private static final String TEXT =
            "<?xml version=\"1.0\"?><rss><title>Café — naïve</title></rss>";

    @Test
    void byteOrderMarkWinsOverDeclarations() {
        byte[] body =
                concat(
                        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                        TEXT.getBytes(StandardCharsets.UTF_8));

        DecodedText decoded = CharsetDecoding.decode(body, Optional.of("ISO-8859-1"));

        assertThat(decoded.text()).isEqualTo(TEXT);
        assertThat(decoded.repairs()).isEmpty();
    }

    @Test
    void believesTheHeaderWhenTheBytesFit() {
        DecodedText decoded =
                CharsetDecoding.decode(
                        TEXT.getBytes(StandardCharsets.ISO_8859_1), Optional.of("iso-8859-1"));

        assertThat(decoded.text()).isEqualTo(TEXT.replace("—", "?"));
        assertThat(decoded.charset()).isEqualTo(StandardCharsets.ISO_8859_1);
        assertThat(decoded.repairs()).isEmpty();
    }

    @Test
    void readsWindows1252BytesBehindLatin1AndAsciiLabelsAsBrowsersDo() {
        String text = "<rss><title>\u201cQuoted\u201d \u2013 caf\u00e9 \u20ac5</title></rss>";
        byte[] body = text.getBytes(Charset.forName("windows-1252"));

        for (String label : new String[] {"ISO-8859-1", "latin1", "US-ASCII"}) {
            DecodedText decoded = CharsetDecoding.decode(body, Optional.of(label));

            assertThat(decoded.text()).as(label).isEqualTo(text);
            assertThat(decoded.charset()).as(label).isEqualTo(Charset.forName("windows-1252"));
            assertThat(decoded.repairs())
                    .as(label)
                    .extracting(Repair::detail)
                    .containsExactly(
                            "declared "
                                    + Charset.forName(label).name()
                                    + " read as windows-1252, as browsers do");
        }
    }

    @Test
    void readsTheFiveBytesWindows1252LeavesUndefinedAsBrowsersDo() {
        byte[] body = {'<', 'a', '>', (byte) 0x81, (byte) 0x93, (byte) 0x9D, '<', '/', 'a', '>'};

        DecodedText decoded = CharsetDecoding.decode(body, Optional.of("ISO-8859-1"));

        assertThat(decoded.text()).isEqualTo("<a>\u0081\u201c\u009d</a>");
    }

    @Test
    void usesTheXmlPrologWhenTheHeaderIsSilent() {
        String xml =
                "<?xml version=\"1.0\" encoding=\"windows-1252\"?><rss><title>Café</title></rss>";

        DecodedText decoded =
                CharsetDecoding.decode(
                        xml.getBytes(Charset.forName("windows-1252")), Optional.empty());

        assertThat(decoded.text()).isEqualTo(xml);
        assertThat(decoded.repairs()).isEmpty();
    }

    @Test
    void fallsBackToUtf8AndRecordsUnknownCharsetNames() {
        DecodedText decoded =
                CharsetDecoding.decode(TEXT.getBytes(StandardCharsets.UTF_8), Optional.of("utf-9"));

        assertThat(decoded.text()).isEqualTo(TEXT);
        assertThat(decoded.repairs())
                .singleElement()
                .satisfies(r -> assertThat(r.detail()).contains("utf-9"));
    }

    @Test
    void replacesUndecodableBytesAndSaysSo() {
        byte[] garbage = {
            '<',
            'r',
            's',
            's',
            '>',
            (byte) 0xFF,
            (byte) 0xFE,
            (byte) 0x00,
            (byte) 0xC3,
            '<',
            '/',
            'r',
            's',
            's',
            '>'
        };

        DecodedText decoded = CharsetDecoding.decode(garbage, Optional.of("utf-8"));

        assertThat(decoded.text()).startsWith("<rss>").endsWith("</rss>");
        assertThat(decoded.repairs()).isNotEmpty();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
