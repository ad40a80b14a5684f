package io.newsflow.processors.topics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The IPTC Media Topics newsflow can assign: each topic's code, English label and parent, plus the
 * version of the subset, which goes into every record tagged with it.
 */
public record Taxonomy(String version, Map<String, Topic> topics) {

    /** One IPTC Media Topic; {@code parent} is {@code null} for the 17 top-level topics. */
    public record Topic(String code, String label, String parent) {
        public boolean isTopLevel() {
            return parent == null;
        }
    }

    public Taxonomy {
        topics = Collections.unmodifiableMap(new LinkedHashMap<>(topics));
    }

    public boolean contains(String code) {
        return topics.containsKey(code);
    }

    public Topic topic(String code) {
        Topic topic = topics.get(code);
        if (topic == null) {
            throw new IllegalArgumentException("unknown topic " + code);
        }
        return topic;
    }

    /** The topic's parents from the nearest up to its top-level topic. */
    public List<String> ancestors(String code) {
        var ancestors = new ArrayList<String>();
        for (String p = topic(code).parent(); p != null; p = topic(p).parent()) {
            ancestors.add(p);
        }
        return ancestors;
    }

    /** The top-level topic a topic belongs to (itself if it is one). */
    public String root(String code) {
        List<String> ancestors = ancestors(code);
        return ancestors.isEmpty() ? code : ancestors.get(ancestors.size() - 1);
    }

    /**
     * Parses the tab-separated taxonomy file: {@code version<TAB>…}, a {@code code label parent}
     * header, then one topic per line ({@code -} for no parent); {@code #} starts a comment.
     */
    public static Taxonomy parse(String text, String source) {
        String version = null;
        var topics = new LinkedHashMap<String, Topic>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            String where = source + ":" + (i + 1);
            if (fields[0].equals("version") && fields.length == 2) {
                version = fields[1].strip();
            } else if (fields[0].equals("code")) {
                continue;
            } else if (fields.length == 3 && fields[0].startsWith("medtop:")) {
                String parent = fields[2].strip().equals("-") ? null : fields[2].strip();
                if (topics.put(fields[0], new Topic(fields[0], fields[1].strip(), parent))
                        != null) {
                    throw new IllegalArgumentException(where + ": duplicate topic " + fields[0]);
                }
            } else {
                throw new IllegalArgumentException(
                        where + ": expected 'code<TAB>label<TAB>parent', got '" + line + "'");
            }
        }
        if (version == null) {
            throw new IllegalArgumentException(source + ": no 'version' line");
        }
        for (Topic topic : topics.values()) {
            if (topic.parent() != null && !topics.containsKey(topic.parent())) {
                throw new IllegalArgumentException(
                        source + ": " + topic.code() + " has unknown parent " + topic.parent());
            }
        }
        return new Taxonomy(version, topics);
    }
}
