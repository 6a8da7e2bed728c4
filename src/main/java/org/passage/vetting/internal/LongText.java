package org.passage.vetting.internal;

import org.jspecify.annotations.Nullable;

/** The free texts of a vetting (a rationale, a reason, an explanation): trimmed, at most {@value #MAX} characters. */
final class LongText {

    static final int MAX = 4000;

    private LongText() {
    }

    static String of(String field, @Nullable String value, boolean required) {
        String v = value == null ? "" : value.strip();
        if (required && v.isEmpty()) {
            throw new InvalidVettingInput(field, "vetting.error.required", "this field is required");
        }
        if (v.length() > MAX) {
            throw new InvalidVettingInput(field, "vetting.error.tooLong", "at most " + MAX + " characters", MAX);
        }
        return v;
    }
}
