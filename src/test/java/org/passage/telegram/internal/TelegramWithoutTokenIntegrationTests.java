package org.passage.telegram.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.passage.organizations.Organizations;
import org.passage.organizations.Role;
import org.passage.organizations.StaffDirectory;
import org.passage.support.ActingStaff;
import org.passage.support.PassageIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Without a token the bot does not start (nothing polls, nothing is sent), and the staff pages say so. */
@PassageIntegrationTest
class TelegramWithoutTokenIntegrationTests {

    @Autowired
    TelegramBot bot;
    @Autowired
    MockMvc mvc;
    @Autowired
    Organizations organizations;
    @Autowired
    StaffDirectory directory;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theBotDoesNotStartAndThePagesSaySo() throws Exception {
        assertThat(bot.isRunning()).isFalse();
        assertThat(bot.client()).isEmpty();
        var staff = new ActingStaff(organizations, directory, jdbc);
        var member = staff.member(staff.organization("No Token"), Role.CASEWORKER);
        String page = mvc.perform(post("/telegram/me/code").with(csrf()).with(ActingStaff.as(member)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("not running").containsPattern("/staff [A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(mvc.perform(get("/telegram/me").with(ActingStaff.as(member))).andReturn().getResponse().getStatus()).isEqualTo(200);
    }
}
