package org.passage.telegram.internal;

import org.passage.web.DashboardCard;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The card for a staff member's own Telegram alerts on the start page, for the roles an alert can reach ({@link StaffAlerts#RECEIVING}). */
@Configuration(proxyBeanMethods = false)
class TelegramCards {

    @Bean
    DashboardCard telegramCard() {
        return new DashboardCard("telegram.card.title", "telegram.card.text", "/telegram/me",
                StaffAlerts.RECEIVING, 80);
    }
}
