package org.passage.checkins.internal;

import java.util.Set;
import org.passage.organizations.Role;
import org.passage.web.DashboardCard;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The check-in board's card on the start page. */
@Configuration(proxyBeanMethods = false)
class CheckInCards {

    @Bean
    DashboardCard checkInsCard() {
        return new DashboardCard("checkins.card.title", "checkins.card.text", "/checkins",
                Set.of(Role.COORDINATOR, Role.CASEWORKER, Role.LAWYER, Role.VETTING_ANALYST), 25);
    }
}
