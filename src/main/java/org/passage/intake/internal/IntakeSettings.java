package org.passage.intake.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code passage.intake.organization}: the organization whose coordinators receive public intake. */
@ConfigurationProperties("passage.intake")
record IntakeSettings(String organization) {

    IntakeSettings {
        organization = organization == null || organization.isBlank() ? "Ark Demo" : organization.strip();
    }
}
