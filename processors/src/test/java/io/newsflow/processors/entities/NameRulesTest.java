package io.newsflow.processors.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.model.EntityType;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules around the name finder: tokens, trimming, titles and competing spans. */
class NameRulesTest {
    private static final NameFilter FILTER = NameFilter.builtIn();

    private static List<String> tokens(String text) {
        return Tokens.sentences(text).stream().flatMap(List::stream).map(Token::text).toList();
    }

    @Test
    void keepsHyphenatedWordsLetterDigitRunsAndInitialsWhole() {
        assertThat(tokens("PDI-P, Al-Qaeda dan Undang-undang UKP4 (Moody's)."))
                .containsExactly(
                        "PDI-P",
                        ",",
                        "Al-Qaeda",
                        "dan",
                        "Undang-undang",
                        "UKP4",
                        "(",
                        "Moody's",
                        ")",
                        ".");
        assertThat(tokens("Presiden George W. Bush dan B.J. Habibie"))
                .containsExactly("Presiden", "George", "W.", "Bush", "dan", "B.J.", "Habibie");
    }

    @Test
    void endsNoSentenceAtAnInitialOrAnAbbreviatedTitleBeforeAName() {
        assertThat(Tokens.sentences("Kata Dr. Terawan Agus. Lalu George W. Bush tiba.")).hasSize(2);
        assertThat(Tokens.sentences("Ia tiba di AS. Lalu pergi.")).hasSize(2);
    }

    private static String cleaned(String text, String span, EntityType type, Candidate.Source s) {
        int start = text.indexOf(span);
        return FILTER.clean(new Candidate(start, start + span.length(), type, null, s), text)
                .map(c -> text.substring(c.start(), c.end()))
                .orElse(null);
    }

    @Test
    void keepsParenthesesOfANameBalanced() {
        String text = "PT Pertamina (Persero) mengakui, kata Badan Usaha (BUMN itu.";
        assertThat(cleaned(text, "PT Pertamina (Persero)", EntityType.ORGANIZATION, nameFinder()))
                .isEqualTo("PT Pertamina (Persero)");
        assertThat(cleaned(text, "Badan Usaha (BUMN", EntityType.ORGANIZATION, nameFinder()))
                .isEqualTo("Badan Usaha");
    }

    @Test
    void keepsInitialsOfThePersonTheNameFinderFoundButNoShoutedHeadline() {
        String text = "Presiden SBY bertemu PRESIDEN JOKO WIDODO.";
        assertThat(cleaned(text, "SBY", EntityType.PERSON, nameFinder())).isEqualTo("SBY");
        assertThat(cleaned(text, "JOKO WIDODO", EntityType.PERSON, nameFinder())).isNull();
        assertThat(cleaned(text, "JOKO WIDODO", EntityType.PERSON, Candidate.Source.TITLE_RULE))
                .isNull();
        assertThat(cleaned("Kata Dr. Terawan.", "Dr", EntityType.PERSON, nameFinder())).isNull();
    }

    private static Candidate.Source nameFinder() {
        return Candidate.Source.NAME_FINDER;
    }

    private static List<String> titled(String text) {
        TitleRules rules = TitleRules.builtIn(FILTER);
        return rules.find(Tokens.sentences(text), List.of(), "id").stream()
                .map(c -> text.substring(c.start(), c.end()))
                .toList();
    }

    @Test
    void skipsStackedTitlesAndPortfoliosBeforeAName() {
        assertThat(titled("Kapolri Jenderal Sutarman tiba.")).isEmpty();
        assertThat(titled("Menteri Tenaga Kerja dan Transmigrasi itu tiba.")).isEmpty();
        assertThat(titled("Panglima Besar Jendral Soedirman Wibowo tiba."))
                .containsExactly("Soedirman Wibowo");
        assertThat(titled("Presiden George W. Bush tiba.")).containsExactly("George W. Bush");
    }

    private static Candidate place(String text, String name) {
        int start = text.indexOf(name);
        var entry = new GazetteerEntry("Q1", "Q1", EntityType.LOCATION, "COUNTRY", name);
        return Candidate.linked(start, start + name.length(), entry);
    }

    private static Candidate found(String text, String name, EntityType type) {
        int start = text.indexOf(name);
        return Candidate.discovered(start, start + name.length(), type, nameFinder());
    }

    private static List<String> resolved(String text, Candidate place, Candidate found) {
        return MentionResolver.resolve(List.of(place), List.of(), List.of(found), text).stream()
                .map(c -> text.substring(c.start(), c.end()))
                .toList();
    }

    @Test
    void aLongerNameAroundADictionaryPlaceReplacesIt() {
        String gaza = "Serangan di Jalur Gaza berlanjut.";
        assertThat(resolved(gaza, place(gaza, "Gaza"), found(gaza, "Jalur Gaza", loc())))
                .containsExactly("Jalur Gaza");
        String haiti = "Komjen Pol Badrodin Haiti tiba.";
        assertThat(
                        resolved(
                                haiti,
                                place(haiti, "Haiti"),
                                found(haiti, "Badrodin Haiti", EntityType.PERSON)))
                .containsExactly("Badrodin Haiti");
        // a place opening a "person" is the title's country, not part of the name
        String russia = "Presiden Rusia Vladimir Smirnov tiba.";
        assertThat(
                        resolved(
                                russia,
                                place(russia, "Rusia"),
                                found(russia, "Rusia Vladimir Smirnov", EntityType.PERSON)))
                .containsExactly("Rusia");
    }

    private static EntityType loc() {
        return EntityType.LOCATION;
    }

    @Test
    void filterWordsAreCaseInsensitive() {
        var filter = new NameFilter(Set.of("pada", "~barat"));
        assertThat(filter.isStopword("Pada")).isTrue();
        assertThat(filter.isStopword(Token.of("PADA", 0, 4))).isTrue();
    }
}
