package io.newsflow.processors.topics;

import io.newsflow.model.Entity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Topic evidence from linked entities: a Wikidata id ({@code qid:Q7184}, NATO → conflict) or an
 * entity subtype ({@code subtype:military}) adds weight to a topic, however the entity was named in
 * the text. Read from {@code entity-hints.tsv}.
 */
final class EntityHints {

    private record Hint(String topic, double weight) {}

    private final Map<String, List<Hint>> byKey;

    private EntityHints(Map<String, List<Hint>> byKey) {
        this.byKey = byKey;
    }

    static EntityHints none() {
        return new EntityHints(Map.of());
    }

    int size() {
        return byKey.size();
    }

    void apply(List<Entity> entities, Evidence evidence) {
        if (entities == null || byKey.isEmpty()) {
            return;
        }
        for (Entity entity : entities) {
            int count = Math.max(1, entity.count());
            if (entity.wikidataId() != null) {
                fire(byKey.get("qid:" + entity.wikidataId()), count, evidence);
            }
            if (entity.subtype() != null) {
                fire(
                        byKey.get("subtype:" + entity.subtype().toLowerCase(Locale.ROOT)),
                        count,
                        evidence);
            }
        }
    }

    private static void fire(List<Hint> hints, int count, Evidence evidence) {
        if (hints != null) {
            for (Hint hint : hints) {
                evidence.hint(hint.topic(), hint.weight(), count);
            }
        }
    }

    /**
     * Lines {@code key<TAB>topic<TAB>weight[<TAB>note]}; keys {@code qid:Q…} or {@code subtype:…}.
     */
    static EntityHints parse(String text, String source, Taxonomy taxonomy) {
        var byKey = new HashMap<String, List<Hint>>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            String where = source + ":" + (i + 1);
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("version")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length < 3 || !(f[0].startsWith("qid:Q") || f[0].startsWith("subtype:"))) {
                throw new IllegalArgumentException(
                        where + ": expected 'qid:Q…|subtype:…<TAB>medtop:…<TAB>weight'");
            }
            if (!taxonomy.contains(f[1])) {
                throw new IllegalArgumentException(where + ": unknown topic " + f[1]);
            }
            double weight;
            try {
                weight = Double.parseDouble(f[2]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(where + ": weight is not a number", e);
            }
            String key = f[0].startsWith("subtype:") ? f[0].toLowerCase(Locale.ROOT) : f[0].strip();
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new Hint(f[1], weight));
        }
        var frozen = new HashMap<String, List<Hint>>();
        byKey.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new EntityHints(Map.copyOf(frozen));
    }
}
