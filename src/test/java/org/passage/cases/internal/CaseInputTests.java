package org.passage.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class CaseInputTests {

    @Test
    void aNameKeepsNoInvisibleCharacterThatTurnsOrHidesText() {
        // typed into the public intake form or a case: a right-to-left override turned the rest of the line round
        // wherever the name is shown (the case list's "name / LATIN NAME", the dossier, the audit export)
        var applicant = new Applicant("Иванов\u202E Иван", "\u2066IVANOV\u200B IVAN\uFEFF", null);
        assertThat(applicant.name()).isEqualTo("Иванов Иван");
        assertThat(applicant.latinName()).isEqualTo("IVANOV IVAN");
        assertThat(new Applicant("\u202E\u200B", "X", null).name()).isEmpty();
        assertThatThrownBy(() -> new Applicant("\u202E", "\u200B", null)).isInstanceOf(InvalidCaseInput.class);
        // the joiners are letters' business in Persian and Indic names
        assertThat(new Applicant("محمد\u200Cرضا", "", null).name()).isEqualTo("محمد\u200Cرضا");
    }

    @RepeatedTest(20)
    void caseCodesAreRandomAndUnambiguous() {
        String code = CaseCode.random().value();
        assertThat(code).matches("[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}").doesNotContain("0", "1", "O", "I", "L");
    }

    @Test
    void applicantNeedsANameAndNeverPrintsIt() {
        var applicant = new Applicant("Щербаков Александр Юрьевич", "SHCHERBAKOV ALEKSANDR", LocalDate.of(1991, 3, 2));
        assertThat(applicant.toString()).doesNotContain("Щербаков").doesNotContain("SHCHERBAKOV");
        assertThat(applicant.displayName()).isEqualTo("Щербаков Александр Юрьевич / SHCHERBAKOV ALEKSANDR");
        assertThatThrownBy(() -> new Applicant(" ", "", null)).isInstanceOf(InvalidCaseInput.class)
                .extracting(e -> ((InvalidCaseInput) e).field()).isEqualTo("name");
    }

    @Test
    void rejectsOverlongNamesControlCharactersAndImpossibleBirthDates() {
        // the message is a key (translated on the page); the limit is its argument
        assertThatThrownBy(() -> new Applicant("А".repeat(201), "", null)).hasMessage("cases.applicant.error.long")
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((InvalidCaseInput) e).arguments()).containsExactly("200"));
        assertThatThrownBy(() -> new Applicant("Иван\u0000", "", null)).hasMessageContaining("control");
        assertThatThrownBy(() -> new Applicant("Иван", "", LocalDate.now().plusDays(1)))
                .extracting(e -> ((InvalidCaseInput) e).field()).isEqualTo("birthDate");
    }
}
