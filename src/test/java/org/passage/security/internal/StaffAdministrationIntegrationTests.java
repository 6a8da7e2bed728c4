package org.passage.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passage.organizations.Role;
import org.passage.organizations.StaffDirectory;
import org.passage.support.PassageIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Who may administer whom: org admins only inside their organization, system admins only organizations. */
@PassageIntegrationTest
@Import(LoginFixtures.class)
class StaffAdministrationIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    LoginFixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StaffDirectory staff;

    UUID ark;
    UUID forest;
    LoginFixtures.Account arkAdmin;
    LoginFixtures.Account forestWorker;
    MockHttpSession arkAdminSession;

    @BeforeEach
    void twoOrganizations() throws Exception {
        ark = fixtures.organization("Ark");
        forest = fixtures.organization("Forest");
        arkAdmin = fixtures.account(ark, Role.ORG_ADMIN);
        forestWorker = fixtures.account(forest, Role.CASEWORKER);
        arkAdminSession = fixtures.login(mvc, arkAdmin);
    }

    @Test
    void anOrgAdminCreatesAUserWhoseOneTimePasswordIsShownOnceAndWhoseNameIsSealed() throws Exception {
        String page = mvc.perform(post("/admin/users").session(arkAdminSession).with(csrf())
                        .param("username", "Marta.K").param("displayName", "Marta Kovaleva").param("identity", "marta.k." + UUID.randomUUID() + "@ark.example")
                        .param("roles", "AUDITOR"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var matcher = Pattern.compile("id=\"one-time-password\"[^>]*>([a-z2-9-]{19})<").matcher(page);
        assertThat(matcher.find()).isTrue();
        var created = staff.findByUsername("marta.k").orElseThrow();
        assertThat(created.organizationId()).isEqualTo(ark);
        assertThat(created.roles()).containsExactly(Role.AUDITOR);
        assertThat(created.displayName()).isEqualTo("Marta Kovaleva");

        byte[] stored = jdbc.sql("select display_name from staff where id = ?").param(created.id()).query(byte[].class).single();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("Marta", "Kovaleva");
        String hash = jdbc.sql("select password_hash from staff_credentials where staff_id = ?").param(created.id()).query(String.class).single();
        assertThat(hash).startsWith("$argon2id$").doesNotContain(matcher.group(1));
        assertThat(audited("staff.created", created.id())).isEqualTo(1);

        mvc.perform(get("/admin/users").session(arkAdminSession))
                .andExpect(content().string(containsString("marta.k")))
                .andExpect(content().string(not(containsString(forestWorker.username()))));
    }

    @Test
    void anOverLongOrMissingFieldIsNamedAndNothingIsStored() throws Exception {
        int before = count("staff");
        mvc.perform(post("/admin/users").session(arkAdminSession).with(csrf())
                        .param("username", "long.name").param("displayName", "x".repeat(10_000)).param("roles", "CASEWORKER"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("1 to 120 characters")));
        mvc.perform(post("/admin/users").session(arkAdminSession).with(csrf())
                        .param("username", "no roles").param("displayName", "Someone"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("2 to 63 characters")))
                .andExpect(content().string(containsString("at least one role")));
        mvc.perform(post("/admin/users").session(arkAdminSession).with(csrf())
                        .param("username", "would.be.sysadmin").param("displayName", "Someone").param("roles", "SYSTEM_ADMIN"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/admin/users").session(arkAdminSession).with(csrf())
                        .param("username", forestWorker.username()).param("displayName", "Someone")
                        .param("identity", UUID.randomUUID() + "@ark.example").param("roles", "CASEWORKER"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("taken")));
        for (String hidden : List.of("Anna \u202Egnp.exe", "Anna\u2066K\u2069", "\u200FAnna", "Anna\u0000")) {
            mvc.perform(post("/admin/users").session(arkAdminSession).with(csrf())
                            .param("username", "bidi.name").param("displayName", hidden).param("roles", "CASEWORKER"))
                    .andExpect(status().isBadRequest());
        }
        assertThat(count("staff")).isEqualTo(before);
    }

    @Test
    void anOrgAdminCannotSeeOrTouchStaffOfAnotherOrganization() throws Exception {
        UUID foreign = forestWorker.id();
        mvc.perform(get("/admin/users/" + foreign).session(arkAdminSession)).andExpect(status().isNotFound());
        for (var change : java.util.List.of(
                post("/admin/users/" + foreign + "/roles").param("roles", "ORG_ADMIN"),
                post("/admin/users/" + foreign + "/disabled").param("disabled", "true"),
                post("/admin/users/" + foreign + "/password"),
                post("/admin/users/" + foreign + "/totp").param("verified", "true"),
                post("/admin/users/" + foreign + "/sessions/end"))) {
            mvc.perform(change.session(arkAdminSession).with(csrf())).andExpect(status().isNotFound());
        }
        var unchanged = staff.find(foreign).orElseThrow();
        assertThat(unchanged.roles()).containsExactly(Role.CASEWORKER);
        assertThat(unchanged.disabled()).isFalse();
        assertThat(jdbc.sql("select totp_secret is not null and session_epoch = 0 and not password_is_one_time from staff_credentials where staff_id = ?")
                .param(foreign).query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("select count(*) from audit_event where outcome = 'DENIED' and record_id = ?")
                .param(foreign.toString()).query(Integer.class).single()).isEqualTo(6);
        // and the Forest worker still logs in
        fixtures.login(mvc, forestWorker);
    }

    @Test
    void anOrgAdminManagesTheirOwnStaff() throws Exception {
        var worker = fixtures.account(ark, Role.CASEWORKER);
        var secondAdmin = fixtures.login(mvc, fixtures.account(ark, Role.ORG_ADMIN));
        var workerSession = fixtures.login(mvc, worker);
        mvc.perform(post("/admin/users/" + worker.id() + "/roles").session(arkAdminSession).with(csrf())
                .param("roles", "CASEWORKER", "COORDINATOR")).andExpect(redirectedUrl("/admin/users/" + worker.id()));
        assertThat(staff.find(worker.id()).orElseThrow().roles()).as("waits for the second admin").containsExactly(Role.CASEWORKER);
        // the account's page says what waits, and for whom (it showed the old roles under "saved", the role unticked)
        mvc.perform(get("/admin/users/" + worker.id()).session(arkAdminSession)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"waiting-approval\""), containsString("Coordinator"),
                        containsString("You asked for this change: another admin must approve it."))));
        mvc.perform(post("/admin/grants/" + pendingGrant(worker.id()) + "/approve").session(secondAdmin).with(csrf()))
                .andExpect(redirectedUrl("/admin/users"));
        assertThat(staff.find(worker.id()).orElseThrow().roles()).containsExactlyInAnyOrder(Role.CASEWORKER, Role.COORDINATOR);
        mvc.perform(get("/").session(workerSession)).andExpect(redirectedUrl("/login?expired"));

        mvc.perform(post("/admin/users/" + worker.id() + "/disabled").session(arkAdminSession).with(csrf()).param("disabled", "true"))
                .andExpect(redirectedUrl("/admin/users/" + worker.id()));
        mvc.perform(post("/login").param("username", worker.username()).param("password", LoginFixtures.PASSWORD)
                .with(csrf()).with(LoginFixtures.from(fixtures.address()))).andExpect(redirectedUrl("/login?error"));

        mvc.perform(post("/admin/users/" + worker.id() + "/disabled").session(arkAdminSession).with(csrf()).param("disabled", "false"));
        mvc.perform(post("/admin/users/" + worker.id() + "/totp").session(arkAdminSession).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("by voice or in person")));
        mvc.perform(post("/login").param("username", worker.username()).param("password", LoginFixtures.PASSWORD)
                .with(csrf()).with(LoginFixtures.from(fixtures.address()))).andExpect(redirectedUrl("/login/totp"));
        mvc.perform(post("/admin/users/" + worker.id() + "/totp").session(arkAdminSession).with(csrf()).param("verified", "true"));
        mvc.perform(post("/login").param("username", worker.username()).param("password", LoginFixtures.PASSWORD)
                .with(csrf()).with(LoginFixtures.from(fixtures.address()))).andExpect(redirectedUrl("/login/totp/enrol"));

        mvc.perform(post("/admin/users/" + worker.id() + "/password").session(arkAdminSession).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("one-time-password"))));
        mvc.perform(post("/admin/grants/" + pendingGrant(worker.id()) + "/approve").session(secondAdmin).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("one-time-password")));
        mvc.perform(post("/login").param("username", worker.username()).param("password", LoginFixtures.PASSWORD)
                .with(csrf()).with(LoginFixtures.from(fixtures.address()))).andExpect(redirectedUrl("/login?error"));

        mvc.perform(post("/admin/users/" + arkAdmin.id() + "/disabled").session(arkAdminSession).with(csrf()).param("disabled", "true"))
                .andExpect(status().isBadRequest());
        assertThat(staff.find(arkAdmin.id()).orElseThrow().disabled()).isFalse();
    }

    @Test
    void rolesChangedFromAnotherTabAreNotPutBack() throws Exception {
        var worker = fixtures.account(ark, Role.CASEWORKER, Role.AUDITOR);
        String page = mvc.perform(get("/admin/users/" + worker.id()).session(arkAdminSession))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        var shown = Pattern.compile("name=\"shownRoles\" value=\"([0-9a-f]+)\"").matcher(page);
        assertThat(shown.find()).isTrue();
        // meanwhile, from another tab, the auditor role is taken away
        staff.changeRoles(worker.id(), java.util.Set.of(Role.CASEWORKER));
        // this tab, still showing both, takes the caseworker role away: refused, its boxes kept, the roles now named
        String refused = mvc.perform(post("/admin/users/" + worker.id() + "/roles").session(arkAdminSession).with(csrf())
                        .param("roles", "AUDITOR").param("shownRoles", shown.group(1)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("changed this account&#39;s roles since you opened the page").contains("id=\"roles-now\"")
                .containsPattern("value=\"AUDITOR\" checked").doesNotContainPattern("value=\"CASEWORKER\" checked");
        assertThat(staff.find(worker.id()).orElseThrow().roles()).containsExactly(Role.CASEWORKER);
        // sent again from the page that now shows the roles as they are, it is saved
        var again = Pattern.compile("name=\"shownRoles\" value=\"([0-9a-f]+)\"").matcher(refused);
        assertThat(again.find()).isTrue();
        mvc.perform(post("/admin/users/" + worker.id() + "/roles").session(arkAdminSession).with(csrf())
                .param("roles", "AUDITOR").param("shownRoles", again.group(1))).andExpect(redirectedUrl("/admin/users/" + worker.id()));
        assertThat(staff.find(worker.id()).orElseThrow().roles()).containsExactly(Role.AUDITOR);
    }

    @Test
    void anOrgAdminCannotGiveHimselfARoleThatOpensCaseData() throws Exception {
        for (String role : List.of("COORDINATOR", "CASEWORKER", "LAWYER", "VETTING_ANALYST")) {
            mvc.perform(post("/admin/users/" + arkAdmin.id() + "/roles").session(arkAdminSession).with(csrf())
                            .param("roles", "ORG_ADMIN", role))
                    .andExpect(status().isBadRequest()).andExpect(content().string(containsString("another admin must do it")));
        }
        assertThat(staff.find(arkAdmin.id()).orElseThrow().roles()).containsExactly(Role.ORG_ADMIN);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'staff.roles_changed' and outcome = 'DENIED' and record_id = ?")
                .param(arkAdmin.id().toString()).query(Integer.class).single()).isEqualTo(4);
        mvc.perform(post("/admin/users/" + arkAdmin.id() + "/roles").session(arkAdminSession).with(csrf())
                .param("roles", "ORG_ADMIN", "AUDITOR")).andExpect(redirectedUrl("/admin/users/" + arkAdmin.id()));
    }

    @Test
    void staffWithoutTheAdminRoleCannotAdminister() throws Exception {
        var lawyer = fixtures.login(mvc, fixtures.account(ark, Role.LAWYER, Role.COORDINATOR));
        mvc.perform(get("/admin/users").session(lawyer)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users/new").session(lawyer)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/users").session(lawyer).with(csrf())
                .param("username", "sneaky").param("displayName", "S").param("roles", "ORG_ADMIN")).andExpect(status().isForbidden());
        mvc.perform(get("/admin/organizations").session(lawyer)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/organizations").session(arkAdminSession)).andExpect(status().isForbidden());
        assertThat(staff.findByUsername("sneaky")).isEmpty();
    }

    @Test
    void aSystemAdminCreatesOrganizationsAndSeesNoCasePages() throws Exception {
        var sysadmin = fixtures.account(null, Role.SYSTEM_ADMIN);
        var session = fixtures.login(mvc, sysadmin);
        mvc.perform(get("/").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/admin/organizations")))
                .andExpect(content().string(not(containsString("href=\"/cases\""))));
        for (String casePage : java.util.List.of("/cases", "/cases/" + UUID.randomUUID(), "/audit", "/screening", "/api/cases")) {
            mvc.perform(get(casePage).session(session)).andExpect(status().isForbidden());
        }
        mvc.perform(get("/admin/users").session(session)).andExpect(redirectedUrl("/admin/organizations"));
        mvc.perform(get("/admin/users/" + forestWorker.id()).session(session)).andExpect(status().isForbidden());

        String page = mvc.perform(post("/admin/organizations").session(session).with(csrf())
                        .param("organizationName", "River Aid").param("username", "river.admin").param("displayName", "Rita River"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("one-time-password");
        var admin = staff.findByUsername("river.admin").orElseThrow();
        assertThat(admin.roles()).containsExactly(Role.ORG_ADMIN);
        assertThat(admin.displayName()).isEqualTo("Rita River");
        mvc.perform(get("/admin/organizations").session(session)).andExpect(content().string(containsString("River Aid")));

        mvc.perform(post("/admin/organizations").session(session).with(csrf())
                        .param("organizationName", "y".repeat(201)).param("username", "ok.name").param("displayName", "Ok"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("1 to 200 characters")));
        assertThat(staff.findByUsername("ok.name")).isEmpty();
    }

    @Test
    void aSystemAdminAddsAnOrgAdminToAnExistingOrganizationAndNobodyElseCan() throws Exception {
        var session = fixtures.login(mvc, fixtures.account(null, Role.SYSTEM_ADMIN));
        mvc.perform(post("/admin/organizations/" + forest + "/admins").session(session).with(csrf())
                        .param("username", "forest.rescue").param("displayName", "Rescue Admin"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("one-time-password")));
        var added = staff.findByUsername("forest.rescue").orElseThrow();
        assertThat(added.organizationId()).isEqualTo(forest);
        assertThat(added.roles()).containsExactly(Role.ORG_ADMIN);

        mvc.perform(post("/admin/organizations/" + UUID.randomUUID() + "/admins").session(session).with(csrf())
                .param("username", "nowhere.admin").param("displayName", "Nobody")).andExpect(status().isNotFound());
        mvc.perform(post("/admin/organizations/" + forest + "/admins").session(session).with(csrf())
                        .param("username", "x").param("displayName", "Bad"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("2 to 63 characters")));
        mvc.perform(post("/admin/organizations/" + forest + "/admins").session(arkAdminSession).with(csrf())
                .param("username", "ark.takeover").param("displayName", "Takeover")).andExpect(status().isForbidden());
        assertThat(staff.findByUsername("nowhere.admin")).isEmpty();
        assertThat(staff.findByUsername("ark.takeover")).isEmpty();
    }

    private String pendingGrant(UUID staffId) {
        return jdbc.sql("select id from staff_grants where staff_id = ? and state = 'PENDING'").param(staffId).query(String.class).single();
    }

    private int audited(String action, UUID recordId) {
        return jdbc.sql("select count(*) from audit_event where action = ? and record_id = ?")
                .params(action, recordId.toString()).query(Integer.class).single();
    }

    private int count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }
}
