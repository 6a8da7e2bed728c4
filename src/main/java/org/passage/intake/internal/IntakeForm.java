package org.passage.intake.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a person tells us when he writes in: a name or nickname, how to reach him safely, roughly where he is,
 * what he needs. All personal; {@link #toString()} is redacted. {@link #problems()} names each field at fault.
 */
public record IntakeForm(String name, String contact, String whereabouts, String needs) {

    static final int MAX_NAME = 200;
    static final int MAX_CONTACT = 300;
    static final int MAX_WHEREABOUTS = 300;
    static final int MAX_NEEDS = 4000;

    public IntakeForm {
        name = clean(name);
        contact = clean(contact);
        whereabouts = clean(whereabouts);
        needs = needs == null ? "" : needs.strip();
    }

    static IntakeForm empty() {
        return new IntakeForm("", "", "", "");
    }

    /** Field → message key of what is wrong; empty when the form can be saved. */
    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        check(problems, "name", name, MAX_NAME, true);
        check(problems, "contact", contact, MAX_CONTACT, true);
        check(problems, "whereabouts", whereabouts, MAX_WHEREABOUTS, false);
        check(problems, "needs", needs, MAX_NEEDS, true);
        return problems;
    }

    private static void check(Map<String, String> problems, String field, String value, int max, boolean required) {
        if (required && value.isEmpty()) {
            problems.put(field, "intake.error.required");
        } else if (value.codePointCount(0, value.length()) > max) {
            problems.put(field, "intake.error.tooLong." + field);
        } else if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            problems.put(field, "intake.error.control");
        }
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }

    @Override
    public String toString() {
        return "IntakeForm[REDACTED]";
    }
}
