package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A Hispanic woman's birth and married surnames (constructed names). */
class MarriedNamesTests {

    private static double score(String a, String b) {
        return NamePairs.score("Person", a, b);
    }

    @Test
    void theHusbandsSurnameAfterDeAnswersTheMothersSurname() {
        assertThat(score("Lucía MENDOZA DE VARGAS", "Lucía MENDOZA QUINTERO")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("ESPINOZA QUINTERO, Marta Elena", "ESPINOZA DE VARGAS, Marta Elena")).isGreaterThanOrEqualTo(0.70);
    }

    @Test
    void namesakesStayApart() {
        // two second surnames without de: two women (or a woman and her cousin)
        assertThat(score("Lucía MENDOZA QUINTERO", "Lucía MENDOZA ARRIETA")).isLessThan(0.70);
        // another given name, another father's surname
        assertThat(score("Lucía MENDOZA DE VARGAS", "Carmen MENDOZA QUINTERO")).isLessThan(0.70);
        assertThat(score("Lucía MENDOZA DE VARGAS", "Lucía ORTIZ QUINTERO")).isLessThan(0.70);
        // de la Vega is a surname of its own, not a married form
        assertThat(score("Lucía MENDOZA DE LA VEGA", "Lucía MENDOZA QUINTERO")).isLessThan(0.70);
        // a Dutch name of two words: de Boer is a surname of its own, and the given name met a surname of the other
        assertThat(score("Tessa de Boer", "TESSA, Kaltor")).isLessThan(0.70);
        assertThat(score("Mustafa de Groot", "MUSTAFA, Veltor")).isLessThan(0.70);
        // a Chinese given name written in syllables is no married form
        assertThat(score("WANG De Ming", "WANG Xiao")).isLessThan(0.70);
    }
}
