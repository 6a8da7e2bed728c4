package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A second name inside one name (constructed names; none from an evaluation file): a short name or an acronym in
 * brackets and two names joined by a slash are names of their own; a place in brackets stays in the name.
 */
class SecondNamesTests {

    private static final NameParser PARSER = new NameParser();

    private static double score(String a, String b) {
        return NamePairs.score("Organization", a, b);
    }

    @Test
    void aShortNameInBracketsIsASecondName() {
        assertThat(SecondNames.of("Министерство Связи Республики Велтора (Минсвязи Велторы)", false, PARSER))
                .containsExactly("Министерство Связи Республики Велтора", "Минсвязи Велторы");
        assertThat(score("Министерство Связи Республики Велтора (Минсвязи Велторы)", "Ministry of Communications of the Republic of Veltora"))
                .isGreaterThanOrEqualTo(0.90);
        assertThat(score("Акционерное Общество «Велторский Завод» (АО «Велторский Завод»)", "Joint Stock Company Veltorsk Plant"))
                .isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void anAcronymInBracketsIsASecondNameWhenItsWordsSpellItOrItIsInCapitals() {
        assertThat(SecondNames.of("VELTORA MARINE ENGINEERING WORKS (VMEW) AGENCY", false, PARSER)).contains("VMEW AGENCY");
        assertThat(score("VELTORA MARINE ENGINEERING WORKS (VMEW) AGENCY", "VMEW AGENCY")).isGreaterThanOrEqualTo(0.90);
        // an acronym its words spell that ends the name stays inside it: alone it would answer any name of those initials
        assertThat(SecondNames.of("VELTORA MARINE ENGINEERING WORKS (VMEW)", false, PARSER)).containsExactly("VELTORA MARINE ENGINEERING WORKS");
        assertThat(SecondNames.of("Veltora Marine Agency (VTRX)", false, PARSER)).contains("VTRX");
        assertThat(score("Veltora Trading Company (Aliases: VETCO, VELTCO)", "VETCO")).isGreaterThanOrEqualTo(0.90);
        // one word in small letters that the words before it do not spell is no second name
        assertThat(SecondNames.of("Veltora Marine Agency (Orsk)", false, PARSER)).isEmpty();
    }

    @Test
    void aPlaceInBracketsStaysInTheName() {
        assertThat(SecondNames.of("VELTORA BANK (SWITZERLAND) LTD", false, PARSER)).isEmpty();
        assertThat(SecondNames.of("VELTORA BANK (KIEV)", false, PARSER)).isEmpty();
        assertThat(SecondNames.of("维尔托拉（芜湖）供应链管理有限公司", false, PARSER)).isEmpty();
        assertThat(SecondNames.of("VELTORA BANK (PUBLICHNOE AKTSIONERNOE OBSHCHESTVO)", false, PARSER)).isEmpty();
        assertThat(SecondNames.of("VELTORA (HONG KONG) INTERNATIONAL", false, PARSER)).isEmpty();
        assertThat(SecondNames.of("AL-VELTORA (ORSA BRANCH)", false, PARSER)).isEmpty();
    }

    @Test
    void anAcronymInsideANameStandsForTheWordsBeforeItAndNotForLastWordsAlone() {
        assertThat(SecondNames.of("Veltora Marine Guard Corps (VMGC) Air Force", false, PARSER))
                .containsExactly("Veltora Marine Guard Corps Air Force", "VMGC Air Force");
        // the acronym of a country at the end of a body's name abbreviates the country, not the body
        assertThat(SecondNames.of("Urad statniho zastupce Korejske lidove demokraticke republiky (KLDR)", false, PARSER)).isEmpty();
    }

    @Test
    void twoNamesJoinedByASlashAreTwoNames() {
        assertThat(SecondNames.of("Велторабанк/ВЛТБ", false, PARSER)).containsExactly("Велторабанк", "ВЛТБ");
        assertThat(SecondNames.of("Veltora Shipping LLC / Orsa Maritime LLC", false, PARSER))
                .containsExactly("Veltora Shipping LLC", "Orsa Maritime LLC");
        assertThat(score("Велторабанк/ВЛТБ", "Veltorabank")).isGreaterThanOrEqualTo(0.95);
        // one word said two ways at the end of a name
        assertThat(SecondNames.of("Front for the Liberation of Veltora/the Coast", false, PARSER))
                .contains("Front for the Liberation of the Coast");
        // a slash between one-letter words joins no names
        assertThat(SecondNames.of("в/ч 12345", false, PARSER)).isEmpty();
        assertThat(SecondNames.of("Ahmad s/o Karim", true, PARSER)).isEmpty();
    }

    @Test
    void aPersonsOneWordInBracketsIsAnotherSpellingOfTheWordBeforeIt() {
        assertThat(SecondNames.of("Grushenko (Hrushenko) Oleksandr Petrovych", true, PARSER))
                .containsExactly("Grushenko Oleksandr Petrovych", "Hrushenko Oleksandr Petrovych");
        assertThat(NamePairs.score("Person", "Grushenko (Hrushenko) Oleksandr Petrovych", "Oleksandr Hrushenko")).isGreaterThanOrEqualTo(0.95);
    }
}
