package io.newsflow.ingest.feed;

import java.text.Normalizer;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Feed HTML (or entity-laden text) to plain text with jsoup: entities decoded, tags, scripts and
 * styles dropped, block elements turned into paragraph breaks, whitespace folded, NFC-normalized.
 * Text without markup skips the HTML parser, and whitespace is folded by hand rather than by
 * regular expressions: this runs for every field of every item.
 */
final class CleanText {
    private static final Set<String> BLOCKS =
            Set.of(
                    "p",
                    "div",
                    "br",
                    "li",
                    "ul",
                    "ol",
                    "h1",
                    "h2",
                    "h3",
                    "h4",
                    "h5",
                    "h6",
                    "blockquote",
                    "tr",
                    "table",
                    "section",
                    "article",
                    "figure",
                    "figcaption",
                    "pre",
                    "hr",
                    "dd",
                    "dt");
    private static final Set<String> DROPPED =
            Set.of("script", "style", "noscript", "iframe", "object", "embed", "template");

    private CleanText() {}

    /** Paragraphs separated by a blank line; null or blank in, null out. */
    static String paragraphs(String html) {
        return clean(html, true);
    }

    /** A single line: every whitespace run becomes one space. */
    static String line(String html) {
        return clean(html, false);
    }

    private static String clean(String html, boolean keepParagraphs) {
        if (html == null || html.isBlank()) {
            return null;
        }
        String text;
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            text = html;
        } else {
            var out = new StringBuilder(html.length());
            Element body = Jsoup.parseBodyFragment(html).body();
            NodeTraversor.filter(new Collector(out), body);
            text = out.toString();
        }
        return fold(text, keepParagraphs);
    }

    /**
     * Folds whitespace runs to one space; a run holding a line break becomes a paragraph break (or
     * a space, for a single line). Then NFC, skipped when no character can change under it.
     */
    static String fold(String text, boolean keepParagraphs) {
        var out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        boolean pendingBreak = false;
        boolean mayNeedNfc = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                pendingBreak = true;
            } else if (Character.isWhitespace(c)
                    || c == '\u00a0'
                    || c == '\u2007'
                    || c == '\u202f') {
                pendingSpace = true;
            } else {
                if (!out.isEmpty()) {
                    if (pendingBreak && keepParagraphs) {
                        out.append("\n\n");
                    } else if (pendingBreak || pendingSpace) {
                        out.append(' ');
                    }
                }
                pendingSpace = false;
                pendingBreak = false;
                out.append(c);
                mayNeedNfc |= c >= '\u0300';
            }
        }
        if (out.isEmpty()) {
            return null;
        }
        String folded = out.toString();
        return mayNeedNfc ? Normalizer.normalize(folded, Normalizer.Form.NFC) : folded;
    }

    private record Collector(StringBuilder out) implements NodeFilter {
        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                out.append(t.getWholeText().replace('\n', ' '));
            } else if (node instanceof Element e) {
                if (DROPPED.contains(e.normalName())) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (BLOCKS.contains(e.normalName())) {
                    out.append('\n');
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                out.append('\n');
            }
            return FilterResult.CONTINUE;
        }
    }
}
