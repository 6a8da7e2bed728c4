package org.passage.telegram.internal;

import java.util.Set;
import org.passage.organizations.Role;
import org.passage.web.DashboardCard;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The card for a staff member's own Telegram alerts on the start page. */
@Configuration(proxyBeanMethods = false)
class TelegramCards {

    @Bean
    DashboardCard telegramCard() {
        return new DashboardCard("telegram.card.title", "telegram.card.text", "/telegram/me",
                Set.of(Role.COORDINATOR, Role.CASEWORKER, Role.LAWYER, Role.VETTING_ANALYST, Role.AUDITOR, Role.ORG_ADMIN), 80);
    }
}
