package org.passage.journeys.internal;

import java.util.Set;
import org.passage.organizations.Role;
import org.passage.web.DashboardCard;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The risk register's card on the start page. */
@Configuration(proxyBeanMethods = false)
class RiskCards {

    @Bean
    DashboardCard riskRegisterCard() {
        return new DashboardCard("risk.card.title", "risk.card.text", "/risks",
                Set.of(Role.COORDINATOR, Role.CASEWORKER, Role.LAWYER, Role.VETTING_ANALYST), 25);
    }
}
