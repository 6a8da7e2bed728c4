package org.passage.telegram.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.passage.organizations.Organizations;
import org.passage.organizations.Role;
import org.passage.organizations.StaffDirectory;
import org.passage.support.ActingStaff;
import org.passage.support.PassageIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The Telegram alerts card is offered only to the roles an alert can reach (a newcomer walking every role saw it on an
 * auditor's and an org admin's start page, where connecting would bring nothing); an auditor who looks for it on its
 * page is told why, in his language, and cannot make a code or go on call.
 */
@PassageIntegrationTest
class TelegramAlertsOfferedIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Organizations organizations;
    @Autowired
    StaffDirectory directory;
    @Autowired
    JdbcClient jdbc;

    private String page(String path, org.passage.organizations.StaffMember member, Locale locale) throws Exception {
        return mvc.perform(get(path).with(ActingStaff.as(member)).locale(locale)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theCardIsOfferedToTheRolesAnAlertCanReachOnly() throws Exception {
        var staff = new ActingStaff(organizations, directory, jdbc);
        UUID org = staff.organization("Telegram Offer");
        for (Role role : new Role[] {Role.COORDINATOR, Role.CASEWORKER, Role.LAWYER, Role.VETTING_ANALYST}) {
            assertThat(page("/", staff.member(org, role), Locale.ENGLISH)).as(role.name()).contains("href=\"/telegram/me\"");
        }
        for (Role role : new Role[] {Role.AUDITOR, Role.ORG_ADMIN}) {
            assertThat(page("/", staff.member(org, role), Locale.ENGLISH)).as(role.name()).doesNotContain("/telegram/me");
        }
    }

    @Test
    void anAuditorWhoLooksForItIsToldWhyAndCannotConnect() throws Exception {
        var staff = new ActingStaff(organizations, directory, jdbc);
        var auditor = staff.member(staff.organization("Telegram Why"), Role.AUDITOR);
        String english = page("/telegram/me", auditor, Locale.ENGLISH);
        assertThat(english).contains("id=\"telegram-none\"", "Your roles see no case, so no alert would reach you")
                .doesNotContain("id=\"code-submit\"", "id=\"on-call\"");
        assertThat(page("/telegram/me", auditor, Locale.FRENCH)).contains("Vos rôles ne voient aucun dossier");
        assertThat(page("/telegram/me", auditor, Locale.forLanguageTag("ru"))).contains("Ваши роли не видят дел");
        assertThat(mvc.perform(post("/telegram/me/code").with(csrf()).with(ActingStaff.as(auditor))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        var caseworker = staff.member(staff.organization("Telegram Why Not"), Role.CASEWORKER);
        assertThat(page("/telegram/me", caseworker, Locale.ENGLISH)).contains("id=\"code-submit\"").doesNotContain("telegram-none");
    }
}
