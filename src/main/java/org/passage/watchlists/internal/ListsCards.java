package org.passage.watchlists.internal;

import java.util.Set;
import org.passage.organizations.Role;
import org.passage.web.DashboardCard;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The watchlists page on the system admin's start page. */
@Configuration(proxyBeanMethods = false)
class ListsCards {

    @Bean
    DashboardCard listsCard() {
        return new DashboardCard("lists.card.title", "lists.card.text", "/admin/lists", Set.of(Role.SYSTEM_ADMIN), 910);
    }
}
