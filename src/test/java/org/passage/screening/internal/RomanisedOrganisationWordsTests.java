package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The Arabic, Persian and Urdu words of organisations' names written in Latin letters (Wilayat, Gharargah, Vezarat,
 * Tehreek, Ansar) against the English name of the same body, the Persian ezafe written as a word (Sepah-e, -ye, -i-),
 * and the Arabic article as the French transcription of the Maghreb writes it (ed-, es-). Constructed names: none is
 * taken from a list or an evaluation file.
 */
class RomanisedOrganisationWordsTests {

    private static double score(String a, String b) {
        return NamePairs.score("Organization", a, b);
    }

    @Test
    void theWordsOfBodiesAreTranslated() {
        assertThat(OrgTerms.term("wilayat")).isEqualTo("PROVINCE");
        assertThat(OrgTerms.term("gharargah")).isEqualTo("HEADQUARTERS");
        assertThat(OrgTerms.term("majlis")).isEqualTo("COUNCIL");
        assertThat(OrgTerms.term("tehreek")).isEqualTo("MOVEMENT");
        assertThat(OrgTerms.term("ansar")).isEqualTo("SUPPORTERS");
        assertThat(OrgTerms.descriptive("SUPPORTERS")).isFalse(); // translated, but it names the group (Ansar al-…)
        assertThat(score("WILAYAT TARVAN", "TARVAN PROVINCE")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("MAJLIS AL-SHURA AL-BASHIR", "AL-BASHIR SHURA COUNCIL")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("ANSAR AL-MUNIR", "SUPPORTERS OF AL-MUNIR")).isGreaterThanOrEqualTo(0.70);
    }

    @Test
    void aCountryInArabicWordsIsItsEnglishName() {
        // fi ard al-Jazayer, "in the land of Algeria"
        assertThat(score("JUND AL-BASHIR FI ARD AL-JAZAYER", "JUND AL-BASHIR IN ALGERIA")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("JUND AL-BASHIR FI ARD AL-JAZAYER", "JUND AL-BASHIR IN TUNISIA")).isLessThan(0.70);
    }

    @Test
    void thePersianEzafeWrittenAsAWordSaysOf() {
        assertThat(NameParser.withoutEzafe("gharargah-e sazandegi-ye nour")).isEqualTo("gharargah  sazandegi  nour");
        assertThat(NameParser.withoutEzafe("tehreek-e-najat-e-tarvan")).isEqualTo("tehreek -najat -tarvan");
        assertThat(NameParser.withoutEzafe("lashkar e-tarvan")).isEqualTo("lashkar tarvan");
        assertThat(NameParser.withoutEzafe("falah-i-tarvan")).isEqualTo("falah tarvan");
        assertThat(NameParser.withoutEzafe("kim kyong-i")).isEqualTo("kim kyong-i"); // a Korean syllable, not an ezafe
        assertThat(NameParser.withoutEzafe("jean-eric")).isEqualTo("jean-eric");
        assertThat(score("GHARARGAH-E SAZANDEGI-YE NOUR DARVISH", "NOUR DARVISH CONSTRUCTION HEADQUARTERS")).isGreaterThanOrEqualTo(0.85);
        assertThat(score("TEHREEK-E-NAJAT-E-TARVAN", "TARVAN NAJAT MOVEMENT")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("VEZARAT-E DEFA VA POSHTIBANI-E NIRUHAYE MOSALLAH", "MINISTRY OF DEFENSE AND ARMED FORCES LOGISTICS"))
                .isGreaterThanOrEqualTo(0.70);
    }

    @Test
    void theArticleAsTheMaghrebWritesItIsNoWord() {
        assertThat(score("DJAMAAT ED DAAWA ES SAMIRA", "SAMIRA DAAWA GROUP")).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void petroJoinedToAWordGivesAnAcronymTwoLetters() {
        // Petro-Tarvan International: PTI; petroleum and petrochemical are words of their own (OIL, PETROCHEMICAL)
        assertThat(score("PETROTARVAN INTERNATIONAL FZE", "PTI FZE")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("PETROTARVAN INTERNATIONAL FZE", "PKI FZE")).isLessThan(0.70);
        assertThat(score("PETROLEUM INDUSTRIES CO", "PLI CO")).isLessThan(0.70);
    }

    @Test
    void anotherPlaceIsAnotherBody() {
        assertThat(score("WILAYAT TARVAN", "SINAI PROVINCE")).isLessThan(0.70);
        assertThat(score("ANSAR AL-MUNIR", "MARTYRS OF AL-MUNIR")).isLessThan(0.70);
    }
}
