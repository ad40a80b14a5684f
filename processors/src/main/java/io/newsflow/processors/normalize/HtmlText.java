package io.newsflow.processors.normalize;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Turns HTML into plain text that keeps paragraph breaks, which {@code Element.text()} would
 * flatten. Scripts, styles and other non-content elements are dropped with their text.
 */
public final class HtmlText {
    private static final Set<String> BLOCKS =
            Set.of(
                    "p",
                    "div",
                    "section",
                    "article",
                    "header",
                    "footer",
                    "aside",
                    "blockquote",
                    "li",
                    "ul",
                    "ol",
                    "h1",
                    "h2",
                    "h3",
                    "h4",
                    "h5",
                    "h6",
                    "pre",
                    "table",
                    "tr",
                    "figure",
                    "figcaption",
                    "dd",
                    "dt");
    private static final Set<String> DROPPED =
            Set.of("script", "style", "noscript", "template", "iframe", "svg", "head");

    private HtmlText() {}

    /** True when the text contains anything that looks like markup or an entity. */
    public static boolean looksLikeHtml(String text) {
        return text.indexOf('<') >= 0 || text.indexOf('&') >= 0;
    }

    public static String toText(String html) {
        var body = Jsoup.parseBodyFragment(html).body();
        var out = new StringBuilder(html.length());
        body.traverse(
                new NodeVisitor() {
                    private int skipDepth = -1;

                    @Override
                    public void head(Node node, int depth) {
                        if (skipDepth >= 0) {
                            return;
                        }
                        if (node instanceof Element element) {
                            String tag = element.normalName();
                            if (DROPPED.contains(tag)) {
                                skipDepth = depth;
                            } else if (tag.equals("br")) {
                                out.append('\n');
                            } else if (BLOCKS.contains(tag)) {
                                out.append("\n\n");
                            }
                        } else if (node instanceof TextNode text) {
                            out.append(text.getWholeText());
                        }
                    }

                    @Override
                    public void tail(Node node, int depth) {
                        if (skipDepth == depth) {
                            skipDepth = -1;
                        } else if (skipDepth < 0
                                && node instanceof Element element
                                && BLOCKS.contains(element.normalName())) {
                            out.append("\n\n");
                        }
                    }
                });
        return out.toString();
    }
}
