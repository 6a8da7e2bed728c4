package org.passage.security.internal;

import java.util.Set;
import org.passage.organizations.Role;
import org.passage.web.DashboardCard;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The administration pages on the start page. */
@Configuration(proxyBeanMethods = false)
class AdminCards {

    @Bean
    DashboardCard usersCard() {
        return new DashboardCard("card.users.title", "card.users.text", "/admin/users", Set.of(Role.ORG_ADMIN), 900);
    }

    /** The keys other systems call the API with: an org admin looked for them on the start page and found only Users. */
    @Bean
    DashboardCard apiKeysCard() {
        return new DashboardCard("card.apiKeys.title", "card.apiKeys.text", "/admin/api-keys", Set.of(Role.ORG_ADMIN), 901);
    }

    @Bean
    DashboardCard organizationsCard() {
        return new DashboardCard("card.organizations.title", "card.organizations.text", "/admin/organizations",
                Set.of(Role.SYSTEM_ADMIN), 900);
    }
}
