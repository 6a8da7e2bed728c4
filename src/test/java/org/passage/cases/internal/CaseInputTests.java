package org.passage.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class CaseInputTests {

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
