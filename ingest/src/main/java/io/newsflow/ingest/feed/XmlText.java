package io.newsflow.ingest.feed;

import io.newsflow.ingest.fetch.Repair;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text-level repairs of XML before parsing, each recorded: characters XML forbids are dropped. */
final class XmlText {
    private static final Pattern HTML_ENTITY = Pattern.compile("&([A-Za-z][A-Za-z0-9]{1,31});");

    private XmlText() {}

    /** The text without characters outside XML 1.0's Char production. */
    static String withoutInvalidChars(String text, List<Repair> repairs) {
        int removed = 0;
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean valid;
            if (Character.isHighSurrogate(c)) {
                valid = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
                if (valid) {
                    if (out != null) {
                        out.append(c).append(text.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else {
                valid =
                        c == 0x9
                                || c == 0xA
                                || c == 0xD
                                || (c >= 0x20 && c <= 0xD7FF)
                                || (c >= 0xE000 && c <= 0xFFFD);
            }
            if (!valid) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                removed++;
            } else if (out != null) {
                out.append(c);
            }
        }
        if (removed == 0) {
            return text;
        }
        repairs.add(new Repair("invalid-xml-char", removed + " characters XML forbids removed"));
        return out.toString();
    }

    /**
     * Counts HTML named entities, which XML does not define and Rome's healer rewrites; true when
     * there are any (the body then needs the healer).
     */
    static boolean countHtmlEntities(String text, List<Repair> repairs) {
        if (text.indexOf('&') < 0) {
            return false;
        }
        Matcher m = HTML_ENTITY.matcher(text);
        int count = 0;
        String first = null;
        while (m.find()) {
            String name = m.group(1);
            if (!name.equals("amp")
                    && !name.equals("lt")
                    && !name.equals("gt")
                    && !name.equals("quot")
                    && !name.equals("apos")) {
                count++;
                first = first == null ? name : first;
            }
        }
        if (count > 0) {
            repairs.add(
                    new Repair(
                            "html-entity",
                            count
                                    + " HTML entities undefined in XML (e.g. &"
                                    + first
                                    + ";) decoded"));
        }
        return count > 0;
    }
}
