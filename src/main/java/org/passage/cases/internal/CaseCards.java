package org.passage.cases.internal;

import java.util.Set;
import org.passage.organizations.Role;
import org.passage.web.DashboardCard;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The cases card on the start page, for the roles that work on cases. */
@Configuration(proxyBeanMethods = false)
class CaseCards {

    @Bean
    DashboardCard casesCard() {
        return new DashboardCard("cases.card.title", "cases.card.text", "/cases",
                Set.of(Role.COORDINATOR, Role.CASEWORKER, Role.LAWYER, Role.VETTING_ANALYST), 20);
    }
}
