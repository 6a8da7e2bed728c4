package org.passage.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.passage.organizations.Organization;
import org.passage.organizations.Organizations;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.context.ApplicationContextException;
import org.springframework.core.io.support.SpringFactoriesLoader;

/**
 * A configured intake organization that does not exist stops the server with Spring Boot's plain failure
 * report (description and action, no stack trace); a fresh installation without organizations still starts.
 */
class IntakeOrganizationCheckTests {

    private final List<Organization> existing = new ArrayList<>();
    private final Organizations organizations = new Organizations() {
        @Override
        public Organization create(String name) {
            var o = new Organization(UUID.randomUUID(), name);
            existing.add(o);
            return o;
        }

        @Override
        public Optional<Organization> find(UUID id) {
            return existing.stream().filter(o -> o.id().equals(id)).findFirst();
        }

        @Override
        public Optional<Organization> findByName(String name) {
            return existing.stream().filter(o -> o.name().equals(name)).findFirst();
        }

        @Override
        public List<Organization> all() {
            return List.copyOf(existing);
        }
    };
    private final IntakeOrganizationCheck check = new IntakeOrganizationCheck(organizations, new IntakeSettings("Ark Typo"));

    @Test
    void aFreshInstallationStarts() {
        assertThatCode(check::verify).doesNotThrowAnyException();
    }

    @Test
    void aConfiguredOrganizationThatExistsStarts() {
        organizations.create("Ark Typo");
        assertThatCode(check::verify).doesNotThrowAnyException();
    }

    @Test
    void aMissingOrganizationIsReportedPlainly() {
        organizations.create("Ark Demo");
        organizations.create("Forest Demo");
        assertThatThrownBy(check::verify).isInstanceOf(IntakeOrganizationMissing.class);

        var failure = new ApplicationContextException("Failed to start bean 'webServerStartStop'",
                new IntakeOrganizationMissing("Ark Typo", List.of("Ark Demo", "Forest Demo")));
        var analysis = SpringFactoriesLoader.forDefaultResourceLocation()
                .load(FailureAnalyzer.class, (type, name, cause) -> { }).stream()
                .filter(IntakeOrganizationMissingAnalyzer.class::isInstance)
                .map(analyzer -> analyzer.analyze(failure)).filter(a -> a != null).findFirst().orElseThrow();
        assertThat(analysis.getDescription()).contains("'Ark Typo'").contains("passage.intake.organization")
                .contains("Ark Demo, Forest Demo");
        assertThat(analysis.getAction()).contains("passage.intake.organization");
    }
}
