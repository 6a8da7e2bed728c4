package org.passage.intake.internal;

import org.passage.organizations.Organization;
import org.passage.organizations.Organizations;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Refuses to serve when the configured intake organization does not exist, so that people's submissions never
 * meet an error page. A fresh installation (no organization yet) starts; its admin creates them first.
 */
@Component
class IntakeOrganizationCheck {

    private final Organizations organizations;
    private final IntakeSettings settings;

    IntakeOrganizationCheck(Organizations organizations, IntakeSettings settings) {
        this.organizations = organizations;
        this.settings = settings;
    }

    @EventListener(WebServerInitializedEvent.class)
    void onServing() {
        verify();
    }

    void verify() {
        var all = organizations.all();
        if (!all.isEmpty() && organizations.findByName(settings.organization()).isEmpty()) {
            throw new IntakeOrganizationMissing(settings.organization(), all.stream().map(Organization::name).sorted().toList());
        }
    }
}
