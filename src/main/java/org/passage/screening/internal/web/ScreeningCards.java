package org.passage.screening.internal.web;

import java.util.Set;
import org.passage.organizations.Role;
import org.passage.web.DashboardCard;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The screening cards on the start page, for the roles that screen. */
@Configuration(proxyBeanMethods = false)
class ScreeningCards {

    private static final Set<Role> SCREENERS = Set.of(Role.COORDINATOR, Role.CASEWORKER, Role.VETTING_ANALYST, Role.LAWYER);

    @Bean
    DashboardCard screeningCard() {
        return new DashboardCard("screening.card.title", "screening.card.text", "/screening", SCREENERS, 30);
    }

    @Bean
    DashboardCard screeningAlertsCard() {
        return new DashboardCard("screening.alerts.card.title", "screening.alerts.card.text", "/screening/alerts", SCREENERS, 31);
    }
}
