package org.passage.intake.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a missing intake organization into Spring Boot's plain "APPLICATION FAILED TO START" report (what is
 * wrong, what to do) instead of a stack trace. Registered in META-INF/spring.factories.
 */
public class IntakeOrganizationMissingAnalyzer extends AbstractFailureAnalyzer<IntakeOrganizationMissing> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, IntakeOrganizationMissing cause) {
        return new FailureAnalysis(
                "The public intake is configured to deliver to the organization '" + cause.configured()
                        + "' (passage.intake.organization), but no organization of that name exists here. Organizations: "
                        + String.join(", ", cause.existing()) + ".",
                "Set passage.intake.organization (or the PASSAGE_INTAKE_ORGANIZATION environment variable) to the exact name of "
                        + "one of these organizations, or create that organization first (a system admin, /admin/organizations).",
                cause);
    }
}
