package org.passage.units.internal;

import org.jspecify.annotations.Nullable;

/** A unit as an analyst enters it; validated on creation, naming the field at fault. */
record UnitForm(String name, @Nullable String number, @Nullable String parent, @Nullable String note) {

    UnitForm {
        name = name == null ? "" : name.strip();
        number = blank(number);
        parent = blank(parent);
        note = blank(note);
        if (name.isEmpty() || name.length() > 300) {
            throw new InvalidUnitInput("name", "a unit needs a name of 1 to 300 characters");
        }
        if (!UnitName.parse(name).hasName()) {
            throw new InvalidUnitInput("name", "the name needs words or an ordinal, not only a number");
        }
        if (number != null) {
            number = number.replaceFirst("(?iu)^(в/ч|вч|v/ch)\\s*", "");
            if (!number.matches("\\d{1,6}")) {
                throw new InvalidUnitInput("number", "a в/ч number is 1 to 6 digits");
            }
        }
        if (parent != null && parent.length() > 300 || note != null && note.length() > 2000) {
            throw new InvalidUnitInput(parent != null && parent.length() > 300 ? "parent" : "note", "too long");
        }
    }

    private static @Nullable String blank(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
