package org.passage.cases.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The person a case is about, as he gave his name: in Cyrillic and in the Latin form of his documents, kept
 * together. All of it is personal data: stored sealed, never printed ({@link #toString()} is redacted).
 */
public record Applicant(String name, String latinName, @Nullable LocalDate birthDate) {

    static final int MAX_NAME = 200;

    public Applicant {
        name = name == null ? "" : name.strip();
        latinName = latinName == null ? "" : latinName.strip();
        if (name.isEmpty() && latinName.isEmpty()) {
            throw new InvalidCaseInput("name", "cases.applicant.error.name");
        }
        if (name.length() > MAX_NAME || latinName.length() > MAX_NAME) {
            throw new InvalidCaseInput(name.length() > MAX_NAME ? "name" : "latinName", "cases.applicant.error.long", MAX_NAME);
        }
        if (name.chars().anyMatch(Character::isISOControl) || latinName.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidCaseInput("name", "cases.applicant.error.control");
        }
        if (birthDate != null && (birthDate.isAfter(LocalDate.now()) || birthDate.isBefore(LocalDate.of(1900, 1, 1)))) {
            throw new InvalidCaseInput("birthDate", "cases.applicant.error.birthDate");
        }
    }

    public String displayName() {
        return name.isEmpty() ? latinName : latinName.isEmpty() ? name : name + " / " + latinName;
    }

    @Override
    public String toString() {
        return "Applicant[REDACTED]";
    }
}
