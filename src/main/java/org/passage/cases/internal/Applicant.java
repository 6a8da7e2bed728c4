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
        name = name == null ? "" : visible(name).strip();
        latinName = latinName == null ? "" : visible(latinName).strip();
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

    /**
     * The name without the invisible characters that change how it and the text after it are shown: a bidi override
     * or isolate (U+202E turned "… / IVANOV" round on the case list, the dossier and the exports), a zero-width space
     * (two names that look the same were different). The joiners U+200C and U+200D stay: Persian and the Indic
     * scripts write names with them.
     */
    static String visible(String text) {
        if (text.codePoints().noneMatch(Applicant::hidden)) {
            return text;
        }
        var out = new StringBuilder(text.length());
        text.codePoints().filter(c -> !hidden(c)).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static boolean hidden(int c) {
        return Character.getType(c) == Character.FORMAT && c != 0x200C && c != 0x200D;
    }

    public String displayName() {
        return name.isEmpty() ? latinName : latinName.isEmpty() ? name : name + " / " + latinName;
    }

    @Override
    public String toString() {
        return "Applicant[REDACTED]";
    }
}
