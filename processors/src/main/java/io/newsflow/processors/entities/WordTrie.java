package io.newsflow.processors.entities;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds keys that stand as whole words in a text: a key matches from a position with no letter or
 * digit before it to one with no letter or digit after it. Walking the trie only from such starts
 * finds exactly what an Aho-Corasick automaton followed by a whole-word filter finds, without the
 * automaton: most positions of a text are inside a word and cost one character test. Nodes are
 * numbered breadth first, so a node's children are one sorted run of the label array, searched by
 * bisection. Immutable and thread-safe.
 *
 * @param <T> what a key stands for; a key may stand for several
 */
final class WordTrie<T> {
    /** Receives a match of the keys standing for {@code payloads} at [start, end). */
    interface Hit<T> {
        void at(int start, int end, List<T> payloads);
    }

    private final int[] firstChild; // children of node n: ids firstChild[n] .. firstChild[n+1]-1
    private final char[] label; // the character leading into node id
    private final Object[] payloads; // per node: the List<T> of keys ending there, or null

    /**
     * The root's child for each char (0 = none): every word start looks there, and most texts' word
     * starts are a few dozen distinct letters, so a direct table beats a bisection.
     */
    private final int[] rootChild;

    private WordTrie(int[] firstChild, char[] label, Object[] payloads) {
        this.firstChild = firstChild;
        this.label = label;
        this.payloads = payloads;
        this.rootChild = new int[Character.MAX_VALUE + 1];
        for (int id = firstChild[0]; id < firstChild[1]; id++) {
            rootChild[label[id]] = id;
        }
    }

    /** The trie of the keys; empty keys are ignored. */
    static <T> WordTrie<T> of(Map<String, List<T>> keys) {
        var root = new Building<T>();
        int nodes = 1;
        for (var key : keys.entrySet()) {
            Building<T> node = root;
            for (int i = 0; i < key.getKey().length(); i++) {
                char c = key.getKey().charAt(i);
                Building<T> next = node.children.get(c);
                if (next == null) {
                    next = new Building<>();
                    node.children.put(c, next);
                    nodes++;
                }
                node = next;
            }
            if (node != root) {
                node.payloads.addAll(key.getValue());
            }
        }
        int[] firstChild = new int[nodes + 1];
        char[] label = new char[nodes];
        var payloads = new Object[nodes];
        var queue = new ArrayDeque<Building<T>>();
        queue.add(root);
        int id = 0;
        int nextId = 1;
        while (!queue.isEmpty()) {
            Building<T> node = queue.poll();
            payloads[id] = node.payloads.isEmpty() ? null : List.copyOf(node.payloads);
            firstChild[id++] = nextId;
            for (var child : node.children.entrySet()) {
                label[nextId++] = child.getKey();
                queue.add(child.getValue());
            }
        }
        firstChild[nodes] = nextId;
        return new WordTrie<>(firstChild, label, payloads);
    }

    /**
     * Reports every whole-word key in {@code haystack}, a view of {@code text} starting at {@code
     * offset} (same length or shorter, same letters and digits where they overlap), with positions
     * in {@code text}. Word boundaries are read in {@code text}.
     */
    void find(CharSequence haystack, int offset, CharSequence text, Hit<T> hit) {
        int n = haystack.length();
        for (int s = 0; s < n; s++) {
            int start = offset + s;
            if (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
                continue;
            }
            int node = rootChild[haystack.charAt(s)];
            for (int e = s; node > 0; node = ++e < n ? child(node, haystack.charAt(e)) : -1) {
                @SuppressWarnings("unchecked")
                List<T> found = (List<T>) payloads[node];
                int end = offset + e + 1;
                if (found != null
                        && (end >= text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                    hit.at(start, end, found);
                }
            }
        }
    }

    private int child(int node, char c) {
        int at = Arrays.binarySearch(label, firstChild[node], firstChild[node + 1], c);
        return at >= 0 ? at : -1;
    }

    private static final class Building<T> {
        final TreeMap<Character, Building<T>> children = new TreeMap<>();
        final List<T> payloads = new ArrayList<>();
    }
}
