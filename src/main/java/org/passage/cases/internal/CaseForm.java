package org.passage.cases.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.passage.days.TypedDay;

/** What the "open a case" form and API send; {@link #applicant()} validates it and names the field at fault. */
record CaseForm(String name, String latinName, String birthDate) {

    static CaseForm empty() {
        return new CaseForm("", "", "");
    }

    /** As a member typed it on the page: the birth date as yyyy-mm-dd or dd.mm.yyyy ({@link TypedDay}). */
    Applicant applicant() {
        return applicant(true);
    }

    /** As a program sent it to the API: the birth date in ISO 8601 only, a program's other spelling being its mistake. */
    Applicant applicantAsSent() {
        return applicant(false);
    }

    private Applicant applicant(boolean typed) {
        LocalDate birth = null;
        if (birthDate != null && !birthDate.isBlank()) {
            try {
                birth = typed ? TypedDay.parse(birthDate.strip()) : LocalDate.parse(birthDate.strip());
            } catch (DateTimeParseException e) {
                throw new InvalidCaseInput("birthDate", "cases.applicant.error.birthDateFormat");
            }
        }
        return new Applicant(name, latinName, birth);
    }
}
