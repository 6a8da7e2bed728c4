package org.passage.cases.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.passage.web.TypedDay;

/** What the "open a case" form and API send; {@link #applicant()} validates it and names the field at fault. */
record CaseForm(String name, String latinName, String birthDate) {

    static CaseForm empty() {
        return new CaseForm("", "", "");
    }

    Applicant applicant() {
        LocalDate birth = null;
        if (birthDate != null && !birthDate.isBlank()) {
            try {
                birth = TypedDay.parse(birthDate.strip());
            } catch (DateTimeParseException e) {
                throw new InvalidCaseInput("birthDate", "cases.applicant.error.birthDateFormat");
            }
        }
        return new Applicant(name, latinName, birth);
    }
}
