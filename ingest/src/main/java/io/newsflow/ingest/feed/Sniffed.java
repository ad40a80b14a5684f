package io.newsflow.ingest.feed;

import java.util.Locale;

/**
 * What a body is, judged from its first markup rather than its URL or Content-Type (both are often
 * wrong): the root element name, and the DOCTYPE declaration if there is one.
 *
 * @param kind the family of content
 * @param root the root element's name (XML) or null
 * @param doctypeStart index of {@code <!DOCTYPE} in the text, or -1
 * @param doctypeEnd index just after the DOCTYPE declaration, or -1
 * @param internalSubset whether the DOCTYPE declares an internal subset ({@code [ ... ]})
 */
record Sniffed(Kind kind, String root, int doctypeStart, int doctypeEnd, boolean internalSubset) {
    enum Kind {
        EMPTY,
        XML,
        JSON,
        HTML,
        OTHER
    }

    private static final int SCAN_LIMIT = 64 * 1024;

    static Sniffed of(String text) {
        int n = Math.min(text.length(), SCAN_LIMIT);
        int i = skipSpace(text, 0, n);
        if (i >= n) {
            return new Sniffed(Kind.EMPTY, null, -1, -1, false);
        }
        char first = text.charAt(i);
        if (first == '{' || first == '[') {
            return new Sniffed(Kind.JSON, null, -1, -1, false);
        }
        int doctypeStart = -1;
        int doctypeEnd = -1;
        boolean subset = false;
        while (i < n && text.charAt(i) == '<') {
            if (text.startsWith("<?", i)) {
                i = after(text, "?>", i, n);
            } else if (text.startsWith("<!--", i)) {
                i = after(text, "-->", i, n);
            } else if (text.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
                doctypeStart = i;
                int close = text.indexOf('>', i);
                int open = text.indexOf('[', i);
                subset = open >= 0 && (close < 0 || open < close);
                doctypeEnd = subset ? after(text, "]", open, text.length()) : close + 1;
                if (subset && doctypeEnd > 0) {
                    doctypeEnd = text.indexOf('>', doctypeEnd - 1) + 1;
                }
                if (doctypeEnd <= 0) {
                    return new Sniffed(Kind.XML, null, doctypeStart, text.length(), true);
                }
                String name = text.substring(i + 9, Math.min(doctypeEnd, i + 40)).strip();
                if (name.toLowerCase(Locale.ROOT).startsWith("html")) {
                    return new Sniffed(Kind.HTML, "html", doctypeStart, doctypeEnd, subset);
                }
                i = doctypeEnd;
            } else {
                int end = i + 1;
                while (end < n && isNameChar(text.charAt(end))) {
                    end++;
                }
                String root = text.substring(i + 1, end);
                String local = root.contains(":") ? root.substring(root.indexOf(':') + 1) : root;
                String lower = local.toLowerCase(Locale.ROOT);
                Kind kind =
                        lower.equals("html") || lower.equals("head") || lower.equals("body")
                                ? Kind.HTML
                                : root.isEmpty() ? Kind.OTHER : Kind.XML;
                return new Sniffed(kind, root, doctypeStart, doctypeEnd, subset);
            }
            if (i < 0) {
                return new Sniffed(Kind.OTHER, null, doctypeStart, doctypeEnd, subset);
            }
            i = skipSpace(text, i, n);
        }
        return new Sniffed(Kind.OTHER, null, doctypeStart, doctypeEnd, subset);
    }

    boolean isFeedRoot() {
        if (root == null) {
            return false;
        }
        String local = root.contains(":") ? root.substring(root.indexOf(':') + 1) : root;
        return local.equals("rss") || local.equals("RDF") || local.equals("feed");
    }

    private static int after(String text, String token, int from, int n) {
        int at = text.indexOf(token, from);
        return at < 0 ? -1 : at + token.length();
    }

    private static int skipSpace(String text, int i, int n) {
        while (i < n && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
            i++;
        }
        return i;
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == ':' || c == '_' || c == '-' || c == '.';
    }
}
