package org.passage.intake.internal;

import java.util.Set;
import org.passage.organizations.Role;
import org.passage.web.DashboardCard;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The intake inbox's card on the start page. */
@Configuration(proxyBeanMethods = false)
class IntakeCards {

    @Bean
    DashboardCard intakeCard() {
        return new DashboardCard("intake.card.title", "intake.card.text", "/intake-inbox", Set.of(Role.COORDINATOR, Role.CASEWORKER), 22);
    }
}
