package org.passage.intake.internal;

import java.util.List;

/** The organization named in {@code passage.intake.organization} does not exist on an installation that has organizations. */
public class IntakeOrganizationMissing extends RuntimeException {

    private final String configured;
    private final List<String> existing;

    IntakeOrganizationMissing(String configured, List<String> existing) {
        super("the intake organization '" + configured + "' (passage.intake.organization) does not exist");
        this.configured = configured;
        this.existing = List.copyOf(existing);
    }

    String configured() {
        return configured;
    }

    List<String> existing() {
        return existing;
    }
}
