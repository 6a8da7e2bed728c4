package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Acronyms in the shapes lists write them (constructed names; none from an evaluation file): beside the words they
 * abbreviate, with a letter taken by a word the parser drops as a legal form, and of a Russian compound's stems; and a
 * letter joined by a hyphen to a company's name.
 */
class OrganisationAcronymShapeTests {

    private static double score(String a, String b) {
        return NamePairs.score("Company", a, b);
    }

    @Test
    void anAcronymWrittenBesideItsOwnWordsAnswersTheOtherNamesWords() {
        assertThat(score("MVT (Veltora Brothers)", "Marine Veltora Trading")).isGreaterThanOrEqualTo(0.75);
        assertThat(score("NZV Veltorskikh Priborov, AO", "Aktsionernoe Obshchestvo Novosibirskiy Zavod Veltorskikh Priborov"))
                .isGreaterThanOrEqualTo(0.85);
        // the letters must be the words' initials
        assertThat(score("MXT (Veltora Brothers)", "Marine Veltora Trading")).isLessThan(0.70);
    }

    @Test
    void anAcronymMayTakeALetterFromAWordDroppedAsALegalForm() {
        // "private" goes with the legal form, yet PSO says it
        assertThat(score("LLC PSO Veltora", "Limited Liability Company Private Security Organization Veltora")).isGreaterThanOrEqualTo(0.85);
        assertThat(score("Veltora PPF JSC", "Joint Stock Company Veltora Private Pension Fund")).isGreaterThanOrEqualTo(0.85);
        assertThat(score("LLC PSO Veltora", "Limited Liability Company Private Security Organization Kamora")).isLessThan(0.70);
    }

    @Test
    void aCompoundOfClippedStemsIsAbbreviatedOneLetterAStem() {
        assertThat(SlavicCompounds.initials("gazprombank")).isEqualTo("gpb");
        assertThat(score("ВТБ", "Внешторгбанк")).isGreaterThanOrEqualTo(0.80);
        assertThat(score("GPB Veltora", "Gazprombank Veltora")).isGreaterThanOrEqualTo(0.85);
        assertThat(score("GTB", "Gazprombank")).isLessThan(0.70);
    }

    @Test
    void aLetterJoinedByAHyphenIsAWordOfTheName() {
        // the с of "общество с ограниченной ответственностью" is a preposition; the М of М-Велтора is the name's
        assertThat(score("M Veltora", "Obshchestvo s ogranichennoi otvetstvennostyu 'M-Veltora'")).isGreaterThanOrEqualTo(0.90);
        assertThat(score("M Veltora", "Общество с ограниченной ответственностью «М-Велтора»")).isGreaterThanOrEqualTo(0.90);
        assertThat(score("K Veltora", "Obshchestvo s ogranichennoi otvetstvennostyu 'M-Veltora'")).isLessThan(0.80);
    }
}
