package org.passage.referrals.internal;

import java.util.Set;
import org.passage.organizations.Role;
import org.passage.web.DashboardCard;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Start-page cards: incoming referrals for coordinators, the partner list for org admins. */
@Configuration(proxyBeanMethods = false)
class ReferralCards {

    @Bean
    DashboardCard incomingReferralsCard() {
        return new DashboardCard("referrals.card.title", "referrals.card.text", "/referrals/incoming", Set.of(Role.COORDINATOR), 24);
    }

    @Bean
    DashboardCard partnersCard() {
        return new DashboardCard("referrals.partners.card.title", "referrals.partners.card.text", "/admin/partners", Set.of(Role.ORG_ADMIN), 60);
    }
}
