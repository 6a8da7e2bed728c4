package org.passage.journeys.internal;

import org.jspecify.annotations.Nullable;

/** Free text from a form: trimmed, bounded, without control characters (line breaks allowed). */
final class Texts {

    private Texts() {
    }

    static String clean(String field, @Nullable String text, int max) {
        String value = text == null ? "" : text.strip().replace("\r\n", "\n");
        if (value.length() > max) {
            throw new InvalidJourneyInput(field, "journey.error.text.long", "at most " + max + " characters", String.valueOf(max));
        }
        if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
            throw new InvalidJourneyInput(field, "journey.error.text.control", "control characters are not allowed");
        }
        return value;
    }
}
