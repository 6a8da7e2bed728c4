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
            throw new InvalidUnitInput("name", "units.error.name");
        }
        if (!UnitName.parse(name).hasName()) {
            throw new InvalidUnitInput("name", "units.error.nameWords");
        }
        if (number != null) {
            number = number.replaceFirst("(?iu)^(в/ч|вч|v/ch)\\s*", "");
            if (!number.matches("\\d{1,6}")) {
                throw new InvalidUnitInput("number", "units.error.number");
            }
        }
        if (parent != null && parent.length() > 300 || note != null && note.length() > 2000) {
            throw new InvalidUnitInput(parent != null && parent.length() > 300 ? "parent" : "note", "units.error.long");
        }
    }

    private static @Nullable String blank(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
