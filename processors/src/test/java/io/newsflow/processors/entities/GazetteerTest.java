package io.newsflow.processors.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    private static final Gazetteer SMALL =
            Gazetteer.parse(
                    String.join(
                            "\n",
                            "# newsflow entity gazetteer gaz-test; test data",
                            "Q30\tLOCATION\tCOUNTRY\tUnited States\t=AS|Amerika Serikat|=US",
                            "Q1065\tORGANIZATION\tINTERNATIONAL_ORGANIZATION\tUnited Nations\tPBB",
                            "Q37470\tORGANIZATION\tINTERNATIONAL_ORGANIZATION\tUnited Nations"
                                    + " Security Council\tDewan Keamanan PBB",
                            "Q159\tLOCATION\tCOUNTRY\tRussia\tRusia",
                            "Q7747\tPERSON\t\tVladimir Putin\tVladimir Putin|Putin",
                            "\tORGANIZATION\tGOVERNMENT\tKremlin\tKremlin",
                            ""));

    private static List<String> matched(String text) {
        return SMALL.match(text).stream()
                .map(c -> text.substring(c.start(), c.end()) + "=" + c.entry().key())
                .toList();
    }

    @Test
    void readsVersionAndCounts() {
        assertThat(SMALL.version()).isEqualTo("gaz-test");
        assertThat(SMALL.entityCount()).isEqualTo(6);
        assertThat(SMALL.aliasCount()).isEqualTo(9);
    }

    @Test
    void matchesIndonesianAcronymAsButNotTheEnglishWordAs() {
        assertThat(matched("Pasukan AS tiba di Rusia.")).containsExactly("AS=Q30", "Rusia=Q159");
        assertThat(matched("He spoke as the talks went on, as usual.")).isEmpty();
    }

    @Test
    void prefersTheLongestMatch() {
        assertThat(matched("Dewan Keamanan PBB bersidang; PBB menolak."))
                .containsExactly("Dewan Keamanan PBB=Q37470", "PBB=Q1065");
    }

    @Test
    void matchesWholeWordsOnly() {
        assertThat(matched("Rusiana dan Putinisme, tapi Rusia-Ukraina dan (Putin)."))
                .containsExactly("Rusia=Q159", "Putin=Q7747");
    }

    @Test
    void readsAllCapsHeadlinesInTitleCaseButSkipsCommonWordAcronyms() {
        String text = "PUTIN WARNS US AS TALKS STALL IN RUSIA\n\nPutin berbicara kepada AS.";
        assertThat(matched(text))
                .containsExactly("PUTIN=Q7747", "RUSIA=Q159", "Putin=Q7747", "AS=Q30");
    }

    @Test
    void entryWithoutVerifiedIdHasNullWikidataIdButAKey() {
        var kremlin = SMALL.match("Kremlin menolak.").get(0).entry();
        assertThat(kremlin.wikidataId()).isNull();
        assertThat(kremlin.key()).isEqualTo("name:Kremlin");
        assertThat(kremlin.type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void builtInGazetteerCarriesTheNewsAliases() {
        Gazetteer g = Gazetteer.builtIn();
        String text = "Gedung Putih, PBB, Uni Eropa, Moskow, Jenewa dan Amerika Serikat.";
        assertThat(g.match(text).stream().map(c -> c.entry().wikidataId()))
                .containsExactly("Q35525", "Q1065", "Q458", "Q649", "Q71", "Q30");
        assertThat(g.version()).startsWith("gaz-");
    }
}
