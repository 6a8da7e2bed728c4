package org.passage.security.internal;

import java.util.Set;
import org.passage.organizations.Role;
import org.passage.web.DashboardCard;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The audit trail on an auditor's start page: it offered him only Telegram alerts and his account (walk27). Declared
 * here, beside the roles, because the audit module sits below the web module (organizations record through it).
 */
@Configuration(proxyBeanMethods = false)
class AuditorCards {

    @Bean
    DashboardCard auditTrailCard() {
        return new DashboardCard("audit.card.title", "audit.card.text", "/audit", Set.of(Role.AUDITOR), 70);
    }
}
