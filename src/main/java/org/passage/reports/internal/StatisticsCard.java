package org.passage.reports.internal;

import java.util.Set;
import org.passage.organizations.Role;
import org.passage.web.DashboardCard;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The statistics card on the start page, for those who may open the page. */
@Configuration(proxyBeanMethods = false)
class StatisticsCard {

    @Bean
    DashboardCard statisticsDashboardCard() {
        return new DashboardCard("statistics.card.title", "statistics.card.text", "/statistics",
                Set.of(Role.COORDINATOR, Role.ORG_ADMIN), 60);
    }
}
