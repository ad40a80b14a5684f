package io.newsflow.ingest.feed;

import java.text.Normalizer;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Feed HTML (or entity-laden text) to plain text with jsoup: entities decoded, tags, scripts and
 * styles dropped, block elements turned into paragraph breaks, whitespace folded, NFC-normalized.
 * Text without markup skips the HTML parser, which keeps the common case cheap.
 */
final class CleanText {
    private static final Set<String> BLOCKS =
            Set.of(
                    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
                    "blockquote", "tr", "table", "section", "article", "figure", "figcaption",
                    "pre", "hr", "dd", "dt");
    private static final Set<String> DROPPED =
            Set.of("script", "style", "noscript", "iframe", "object", "embed", "template");

    private CleanText() {}

    /** Paragraphs separated by a blank line; null or blank in, null out. */
    static String paragraphs(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        String text;
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            text = html;
        } else {
            var out = new StringBuilder(html.length());
            Element body = Jsoup.parseBodyFragment(html).body();
            body.select(String.join(",", DROPPED)).remove();
            NodeTraversor.traverse(new Collector(out), body);
            text = out.toString();
        }
        return fold(text);
    }

    /** A single line: every whitespace run becomes one space. */
    static String line(String html) {
        String text = paragraphs(html);
        return text == null ? null : text.replaceAll("\\s+", " ");
    }

    private static String fold(String text) {
        var out = new StringBuilder(text.length());
        for (String paragraph : text.split("\\n\\s*")) {
            String p = paragraph.replaceAll("[\\s\\u00a0]+", " ").strip();
            if (!p.isEmpty()) {
                if (!out.isEmpty()) {
                    out.append("\n\n");
                }
                out.append(p);
            }
        }
        String folded = Normalizer.normalize(out, Normalizer.Form.NFC);
        return folded.isEmpty() ? null : folded;
    }

    private record Collector(StringBuilder out) implements NodeVisitor {
        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                out.append(t.getWholeText().replace('\n', ' '));
            } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                out.append('\n');
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                out.append('\n');
            }
        }
    }
}
