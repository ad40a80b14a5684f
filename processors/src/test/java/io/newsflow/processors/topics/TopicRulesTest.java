package io.newsflow.processors.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.model.TopicTag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopicRulesTest {

    @Test
    void shipsAll17TopLevelTopicsAndTheSecondLevelNewsNeeds() {
        Taxonomy taxonomy = TopicRules.builtIn().taxonomy();

        assertThat(taxonomy.topics().values().stream().filter(Taxonomy.Topic::isTopLevel))
                .hasSize(17);
        assertThat(taxonomy.topic("medtop:16000000").label()).isEqualTo("conflict, war and peace");
        assertThat(taxonomy.topic("medtop:11000000").label()).isEqualTo("politics");
        assertThat(taxonomy.topic("medtop:20000056").label()).isEqualTo("armed conflict");
        assertThat(taxonomy.topic("medtop:20000574").label()).isEqualTo("election");
        assertThat(taxonomy.topic("medtop:20000593").label()).isEqualTo("government");
        assertThat(taxonomy.topic("medtop:20000082").label()).isEqualTo("crime");
        assertThat(taxonomy.topic("medtop:20000148").label()).isEqualTo("disaster");
        assertThat(taxonomy.topic("medtop:20000209").label()).isEqualTo("economic sector");
        assertThat(taxonomy.ancestors("medtop:20000639"))
                .containsExactly("medtop:20000638", "medtop:11000000");
        assertThat(taxonomy.version()).isNotBlank();
    }

    @Test
    void hasRulesForTheSixNewsLanguages() {
        assertThat(TopicRules.builtIn().languages()).contains("id", "ms", "en", "de", "fr", "es");
    }

    @Test
    void loadsRulesForANewLanguageFromADirectoryWithoutCodeChanges(@TempDir Path dir)
            throws IOException {
        copyBuiltIn(dir, TopicRules.TAXONOMY, TopicRules.INDEPENDENT);
        write(dir, TopicRules.MANIFEST, "version\t7\nit\titalian\tit\n");
        write(
                dir,
                "rules/it.rules",
                "version = 1\n[medtop:15000000] sport\n3: calcio, partita, allenatore, gol\n");

        TopicRules rules = TopicRules.load(RuleSource.directory(dir));
        List<TopicTag> tags =
                new TopicClassifier(rules, 0.5, 8)
                        .classify(
                                "Calcio, la partita",
                                "L'allenatore ha parlato dopo la partita: due gol nel secondo"
                                        + " tempo.",
                                "it",
                                null);

        assertThat(rules.languages()).containsExactly("it");
        assertThat(rules.version()).contains("+rules-7.");
        assertThat(tags).extracting(TopicTag::code).contains("medtop:15000000");
    }

    @Test
    void aChangedRuleChangesTheVersion(@TempDir Path dir) throws IOException {
        copyBuiltIn(dir, TopicRules.TAXONOMY, TopicRules.INDEPENDENT);
        write(dir, TopicRules.MANIFEST, "version\t1\nit\titalian\tit\n");
        write(dir, "rules/it.rules", "[medtop:15000000]\n3: calcio\n");
        String before = TopicRules.load(RuleSource.directory(dir)).version();
        write(dir, "rules/it.rules", "[medtop:15000000]\n3: calcio, partita\n");

        assertThat(TopicRules.load(RuleSource.directory(dir)).version()).isNotEqualTo(before);
    }

    @Test
    void namesFileAndLineOfAMistake(@TempDir Path dir) throws IOException {
        copyBuiltIn(dir, TopicRules.TAXONOMY, TopicRules.INDEPENDENT);
        write(dir, TopicRules.MANIFEST, "version\t1\nit\titalian\tit\n");
        write(dir, "rules/it.rules", "version = 1\n\n[medtop:99999999] nonsense\n3: calcio\n");

        assertThatThrownBy(() -> TopicRules.load(RuleSource.directory(dir)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("it.rules:3")
                .hasMessageContaining("medtop:99999999");
    }

    @Test
    void rejectsATermThatIsOnlyStopWords(@TempDir Path dir) throws IOException {
        copyBuiltIn(dir, TopicRules.TAXONOMY, TopicRules.INDEPENDENT);
        write(dir, TopicRules.MANIFEST, "version\t1\nen\tenglish\ten\n");
        write(dir, "rules/en.rules", "[medtop:15000000]\n2: football, the\n");

        assertThatThrownBy(() -> TopicRules.load(RuleSource.directory(dir)))
                .hasMessageContaining("en.rules:2")
                .hasMessageContaining("'the'");
    }

    private static void copyBuiltIn(Path dir, String... names) throws IOException {
        for (String name : names) {
            write(dir, name, RuleSource.builtIn().read(name).orElseThrow());
        }
    }

    private static void write(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
