package org.passage.datasets.internal;

import java.util.Set;
import org.passage.organizations.Role;
import org.passage.web.DashboardCard;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The data catalogue on the system admin's start page. */
@Configuration(proxyBeanMethods = false)
class DatasetCards {

    @Bean
    DashboardCard datasetsCard() {
        return new DashboardCard("datasets.card.title", "datasets.card.text", "/admin/datasets", Set.of(Role.SYSTEM_ADMIN), 920);
    }
}
