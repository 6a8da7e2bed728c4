package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Russian military units in Russian and in English (military-unit-words.txt): the number says which unit, the arm says
 * which of that number's units, and the words around them (отдельный separate, гвардейский guards) are translated.
 */
class MilitaryUnitNameTests {

    private static double score(String a, String b) {
        return NamePairs.score("Organization", a, b);
    }

    @Test
    void aUnitInRussianIsTheUnitInEnglish() {
        assertThat(score("64-я отдельная мотострелковая бригада", "64th Separate Motor Rifle Brigade")).isGreaterThanOrEqualTo(0.85);
        assertThat(score("200-я отдельная мотострелковая бригада", "200th Separate Motorised Rifle Brigade")).isGreaterThanOrEqualTo(0.85);
        assertThat(score("1-я гвардейская танковая армия", "1st Guards Tank Army")).isGreaterThanOrEqualTo(0.85);
        assertThat(score("142-й отдельный батальон РЭБ", "142nd Separate Electronic Warfare Battalion")).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void anotherNumberOrAnotherArmIsAnotherUnit() {
        assertThat(score("64-я отдельная мотострелковая бригада", "65th Separate Motor Rifle Brigade")).isLessThan(0.70);
        assertThat(score("64-я отдельная мотострелковая бригада", "64th Separate Tank Brigade")).isLessThan(0.70);
        assertThat(score("1-я гвардейская танковая армия", "2nd Guards Tank Army")).isLessThan(0.70);
    }
}
