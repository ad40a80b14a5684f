package io.newsflow.processors.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordTrieTest {
    private static List<String> found(WordTrie<String> trie, String text) {
        var hits = new ArrayList<String>();
        trie.find(text, 0, text, (s, e, p) -> hits.add(text.substring(s, e) + "@" + s + p));
        return hits;
    }

    private static WordTrie<String> trie(String... keys) {
        var byKey = new LinkedHashMap<String, List<String>>();
        for (String key : keys) {
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(key.toLowerCase());
        }
        return WordTrie.of(byKey);
    }

    @Test
    void findsNestedAndOverlappingKeysAsWholeWordsOnly() {
        var trie = trie("PBB", "Dewan Keamanan PBB", "Dewan", "Rusia", "Rusia-Ukraina");
        assertThat(found(trie, "Dewan Keamanan PBB; Rusiana, Rusia-Ukraina."))
                .containsExactly(
                        "Dewan@0[dewan]",
                        "Dewan Keamanan PBB@0[dewan keamanan pbb]",
                        "PBB@15[pbb]",
                        "Rusia@29[rusia]",
                        "Rusia-Ukraina@29[rusia-ukraina]");
    }

    @Test
    void keysMayStartOrEndWithPunctuation() {
        var trie = trie("U.S.", "(PBB)");
        assertThat(found(trie, "the U.S. and (PBB)"))
                .containsExactly("U.S.@4[u.s.]", "(PBB)@13[(pbb)]");
        assertThat(found(trie, "xU.S.")).isEmpty();
    }

    @Test
    void oneKeyMayStandForSeveralThings() {
        var trie = WordTrie.of(Map.of("Georgia", List.of("country", "state")));
        assertThat(found(trie, "in Georgia")).containsExactly("Georgia@3[country, state]");
    }

    @Test
    void readsBoundariesInTheWholeTextWhenGivenAView() {
        var trie = trie("Putin");
        String text = "xPutin Putin";
        var hits = new ArrayList<Integer>();
        trie.find(text.substring(1), 1, text, (s, e, p) -> hits.add(s));
        assertThat(hits).containsExactly(7);
    }

    @Test
    void anEmptyTrieFindsNothing() {
        assertThat(found(WordTrie.of(Map.of()), "anything at all")).isEmpty();
        assertThat(found(trie("a"), "")).isEmpty();
    }
}
