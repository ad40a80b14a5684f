package io.newsflow.processors.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.model.EntityType;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules around the name finder: tokens, trimming, titles and competing spans. */
class NameRulesTest {
    private static final NameFilter FILTER = NameFilter.builtIn();
    private static final Candidate.Source NAME_FINDER = Candidate.Source.NAME_FINDER;

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
        assertThat(cleaned(text, "PT Pertamina (Persero)", EntityType.ORGANIZATION, NAME_FINDER))
                .isEqualTo("PT Pertamina (Persero)");
        assertThat(cleaned(text, "Badan Usaha (BUMN", EntityType.ORGANIZATION, NAME_FINDER))
                .isEqualTo("Badan Usaha");
    }

    @Test
    void keepsInitialsOfThePersonTheNameFinderFoundButNoShoutedHeadline() {
        String text = "Presiden SBY bertemu PRESIDEN JOKO WIDODO.";
        assertThat(cleaned(text, "SBY", EntityType.PERSON, NAME_FINDER)).isEqualTo("SBY");
        assertThat(cleaned(text, "JOKO WIDODO", EntityType.PERSON, NAME_FINDER)).isNull();
        assertThat(cleaned(text, "JOKO WIDODO", EntityType.PERSON, Candidate.Source.TITLE_RULE))
                .isNull();
        assertThat(cleaned("Kata Dr. Terawan.", "Dr", EntityType.PERSON, NAME_FINDER)).isNull();
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

    /** What the resolver keeps of a dictionary place and a name-finder span around or beside it. */
    private static List<String> resolved(String text, String place, String found, EntityType type) {
        int placeStart = text.indexOf(place);
        var entry = new GazetteerEntry("Q1", "Q1", EntityType.LOCATION, "COUNTRY", place);
        var linked = Candidate.linked(placeStart, placeStart + place.length(), entry);
        int foundStart = text.indexOf(found);
        var discovered =
                Candidate.discovered(foundStart, foundStart + found.length(), type, NAME_FINDER);
        return MentionResolver.resolve(List.of(linked), List.of(), List.of(discovered), text)
                .stream()
                .map(c -> text.substring(c.start(), c.end()))
                .toList();
    }

    @Test
    void aLongerNameAroundADictionaryPlaceReplacesIt() {
        assertThat(
                        resolved(
                                "Serangan di Jalur Gaza berlanjut.",
                                "Gaza",
                                "Jalur Gaza",
                                EntityType.LOCATION))
                .containsExactly("Jalur Gaza");
        assertThat(
                        resolved(
                                "Komjen Pol Badrodin Haiti tiba.",
                                "Haiti",
                                "Badrodin Haiti",
                                EntityType.PERSON))
                .containsExactly("Badrodin Haiti");
        // a place opening a "person" is the title's country, not part of the name
        assertThat(
                        resolved(
                                "Presiden Rusia Vladimir Smirnov tiba.",
                                "Rusia",
                                "Rusia Vladimir Smirnov",
                                EntityType.PERSON))
                .containsExactly("Rusia");
    }

    @Test
    void filterWordsAreCaseInsensitive() {
        var filter = new NameFilter(Set.of("pada", "~barat"));
        assertThat(filter.isStopword("Pada")).isTrue();
        assertThat(filter.isStopword(Token.of("PADA", 0, 4))).isTrue();
    }
}
