package org.passage.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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

/**
 * The red team's "admins reach case data" (issue 16): an org admin gave himself the coordinator role, a system admin
 * was shown the one-time password of an org admin he made in someone else's organization, and one person could get a
 * second account that opens cases by himself. Each attack is replayed here and must fail.
 */
@PassageIntegrationTest
@Import(LoginFixtures.class)
class SeparationOfDutiesIntegrationTests {

    private static final Pattern ONE_TIME = Pattern.compile("id=\"one-time-password\"[^>]*>([a-z2-9-]{19})<");

    @Autowired
    MockMvc mvc;
    @Autowired
    LoginFixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StaffDirectory staff;
    @Autowired
    org.passage.organizations.Organizations organizations;

    UUID ark;
    LoginFixtures.Account alice;
    LoginFixtures.Account bob;
    MockHttpSession aliceSession;
    MockHttpSession bobSession;

    @BeforeEach
    void anOrganizationWithTwoAdmins() throws Exception {
        ark = fixtures.organization("Ark");
        alice = fixtures.account(ark, Role.ORG_ADMIN);
        bob = fixtures.account(ark, Role.ORG_ADMIN);
        aliceSession = fixtures.login(mvc, alice);
        bobSession = fixtures.login(mvc, bob);
    }

    @Test
    void aRoleThatOpensCaseDataWaitsForASecondAdminAndShowsOnTheOrganizationsAudit() throws Exception {
        var auditor = fixtures.account(ark, Role.AUDITOR);
        mvc.perform(post("/admin/users/" + auditor.id() + "/roles").session(aliceSession).with(csrf()).param("roles", "COORDINATOR"))
                .andExpect(redirectedUrl("/admin/users/" + auditor.id()));
        assertThat(staff.find(auditor.id()).orElseThrow().roles()).as("nothing changes yet").containsExactly(Role.AUDITOR);
        String grant = pending(auditor.id());

        // the admin who asked cannot approve; neither can a non-admin; a foreign admin does not even see it
        mvc.perform(post("/admin/grants/" + grant + "/approve").session(aliceSession).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("another admin must approve")));
        mvc.perform(post("/admin/grants/" + grant + "/approve").session(fixtures.login(mvc, auditor)).with(csrf()))
                .andExpect(status().isForbidden());
        var foreignAdmin = fixtures.login(mvc, fixtures.account(fixtures.organization("Forest"), Role.ORG_ADMIN));
        mvc.perform(post("/admin/grants/" + grant + "/approve").session(foreignAdmin).with(csrf())).andExpect(status().isNotFound());
        assertThat(staff.find(auditor.id()).orElseThrow().roles()).containsExactly(Role.AUDITOR);

        mvc.perform(get("/admin/users").session(bobSession)).andExpect(content().string(containsString("data-grant=\"" + grant + "\"")))
                .andExpect(content().string(containsString("/admin/grants/" + grant + "/approve")));
        mvc.perform(post("/admin/grants/" + grant + "/approve").session(bobSession).with(csrf())).andExpect(redirectedUrl("/admin/users"));
        assertThat(staff.find(auditor.id()).orElseThrow().roles()).containsExactly(Role.COORDINATOR);
        assertThat(jdbc.sql("select decided_by from staff_grants where id = ?::uuid").param(grant).query(UUID.class).single()).isEqualTo(bob.id());

        assertThat(jdbc.sql("""
                        select action || ' ' || outcome from audit_event where organization_id = ? and record_id = ?
                        and action like 'staff.grant%' order by sequence""").params(ark, auditor.id().toString())
                .query(String.class).list())
                .containsExactly("staff.grant_requested SUCCESS", "staff.grant_approved DENIED", "staff.grant_approved SUCCESS");
        var orgAuditor = fixtures.login(mvc, fixtures.account(ark, Role.AUDITOR));
        mvc.perform(get("/audit").session(orgAuditor)).andExpect(content().string(containsString("staff.grant_approved")));
    }

    @Test
    void nobodyApprovesAGrantToHimselfNorGivesHimselfACaseRole() throws Exception {
        mvc.perform(post("/admin/users/" + alice.id() + "/roles").session(aliceSession).with(csrf()).param("roles", "ORG_ADMIN", "COORDINATOR"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("another admin must do it")));
        // Bob asks for Alice: Alice may not approve a grant to herself, and Bob may not approve his own request
        mvc.perform(post("/admin/users/" + alice.id() + "/roles").session(bobSession).with(csrf()).param("roles", "ORG_ADMIN", "COORDINATOR"))
                .andExpect(redirectedUrl("/admin/users/" + alice.id()));
        String grant = pending(alice.id());
        mvc.perform(post("/admin/grants/" + grant + "/approve").session(aliceSession).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("about your own account")));
        mvc.perform(post("/admin/grants/" + grant + "/approve").session(bobSession).with(csrf())).andExpect(status().isBadRequest());
        assertThat(staff.find(alice.id()).orElseThrow().roles()).containsExactly(Role.ORG_ADMIN);
        // the database refuses it too, whatever the code above it does
        assertThatThrownBy(() -> jdbc.sql("update staff_grants set state = 'APPROVED', decided_by = ?, decided_at = now() where id = ?::uuid")
                .params(alice.id(), grant).update()).hasMessageContaining("check");

        var carol = fixtures.login(mvc, fixtures.account(ark, Role.ORG_ADMIN));
        mvc.perform(post("/admin/grants/" + grant + "/approve").session(carol).with(csrf())).andExpect(redirectedUrl("/admin/users"));
        assertThat(staff.find(alice.id()).orElseThrow().roles()).containsExactlyInAnyOrder(Role.ORG_ADMIN, Role.COORDINATOR);
    }

    @Test
    void aNewAccountThatOpensCasesIsDisabledUntilApprovedAndItsPasswordGoesToTheApprover() throws Exception {
        String page = mvc.perform(post("/admin/users").session(aliceSession).with(csrf())
                        .param("username", "new.analyst").param("displayName", "Nina Analyst")
                        .param("identity", "nina." + UUID.randomUUID() + "@ark.example").param("roles", "VETTING_ANALYST"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("awaiting-approval").doesNotContain("one-time-password");
        var created = staff.findByUsername("new.analyst").orElseThrow();
        assertThat(created.disabled()).isTrue();
        mvc.perform(post("/admin/users/" + created.id() + "/disabled").session(aliceSession).with(csrf()).param("disabled", "false"))
                .andExpect(status().isBadRequest());
        assertThat(staff.find(created.id()).orElseThrow().disabled()).as("only the approval enables it").isTrue();

        String approved = mvc.perform(post("/admin/grants/" + pending(created.id()) + "/approve").session(bobSession).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var oneTime = ONE_TIME.matcher(approved);
        assertThat(oneTime.find()).isTrue();
        assertThat(staff.find(created.id()).orElseThrow().disabled()).isFalse();
        mvc.perform(post("/login").param("username", "new.analyst").param("password", oneTime.group(1)).with(csrf())
                .with(LoginFixtures.from(fixtures.address()))).andExpect(redirectedUrl("/login/password"));
    }

    @Test
    void aPasswordResetOfAnAccountThatReadsCasesNeedsASecondAdmin() throws Exception {
        var coordinator = fixtures.account(ark, Role.COORDINATOR);
        mvc.perform(post("/admin/users/" + coordinator.id() + "/password").session(aliceSession).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("one-time-password"))));
        fixtures.login(mvc, coordinator); // his own password still works: Alice cannot take the account over alone
        mvc.perform(post("/admin/grants/" + pending(coordinator.id()) + "/approve").session(bobSession).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("one-time-password")));
        mvc.perform(post("/login").param("username", coordinator.username()).param("password", LoginFixtures.PASSWORD)
                .with(csrf()).with(LoginFixtures.from(fixtures.address()))).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void aSystemAdminNeverSeesTheOneTimePasswordOfAnAdminHeAddsToAnOrganizationWithAnAdmin() throws Exception {
        var sysadmin = fixtures.login(mvc, fixtures.account(null, Role.SYSTEM_ADMIN));
        String page = mvc.perform(post("/admin/organizations/" + ark + "/admins").session(sysadmin).with(csrf())
                        .param("username", "rescue.admin").param("displayName", "Rescue Admin"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("awaiting-approval").doesNotContain("one-time-password");
        var added = staff.findByUsername("rescue.admin").orElseThrow();
        assertThat(added.disabled()).isTrue();
        String grant = pending(added.id());
        mvc.perform(post("/admin/grants/" + grant + "/approve").session(sysadmin).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/admin/organizations").session(sysadmin)).andExpect(content().string(not(containsString(grant))));

        String approved = mvc.perform(post("/admin/grants/" + grant + "/approve").session(aliceSession).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(ONE_TIME.matcher(approved).find()).as("the organization's admin receives it").isTrue();
        assertThat(staff.find(added.id()).orElseThrow().disabled()).isFalse();
    }

    @Test
    void aLoneAdminCannotMakeHimselfASecondAdminToApproveHisOwnGrants() throws Exception {
        UUID river = fixtures.organization("River");
        var lone = fixtures.account(river, Role.ORG_ADMIN);
        var loneSession = fixtures.login(mvc, lone);
        String page = mvc.perform(post("/admin/users").session(loneSession).with(csrf())
                        .param("username", "puppet.admin").param("displayName", "Puppet")
                        .param("identity", "puppet." + UUID.randomUUID() + "@ark.example").param("roles", "ORG_ADMIN"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var oneTime = ONE_TIME.matcher(page);
        assertThat(oneTime.find()).as("no other admin: a system admin approves, so the requester holds the password").isTrue();
        var puppet = staff.findByUsername("puppet.admin").orElseThrow();
        assertThat(puppet.disabled()).isTrue();
        mvc.perform(post("/login").param("username", "puppet.admin").param("password", oneTime.group(1)).with(csrf())
                .with(LoginFixtures.from(fixtures.address()))).andExpect(redirectedUrl("/login?error"));
        mvc.perform(post("/admin/grants/" + pending(puppet.id()) + "/approve").session(loneSession).with(csrf()))
                .andExpect(status().isBadRequest());

        var sysadmin = fixtures.login(mvc, fixtures.account(null, Role.SYSTEM_ADMIN));
        String list = mvc.perform(get("/admin/organizations").session(sysadmin)).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("puppet.admin").doesNotContain("Puppet<").doesNotContain(oneTime.group(1));
        // he approves for every organization of the installation: the request says whose it is
        String row = list.substring(list.indexOf("data-grant=\"" + pending(puppet.id()) + "\""));
        assertThat(row.substring(0, row.indexOf("</tr>"))).contains(">" + organizations.find(river).orElseThrow().name() + "<");
        mvc.perform(post("/admin/grants/" + pending(puppet.id()) + "/approve").session(sysadmin).with(csrf()))
                .andExpect(redirectedUrl("/admin/organizations"));
        assertThat(staff.find(puppet.id()).orElseThrow().disabled()).isFalse();
        mvc.perform(post("/login").param("username", "puppet.admin").param("password", oneTime.group(1)).with(csrf())
                .with(LoginFixtures.from(fixtures.address()))).andExpect(redirectedUrl("/login/password"));
    }

    private String pending(UUID staffId) {
        return jdbc.sql("select id from staff_grants where staff_id = ? and state = 'PENDING'").param(staffId).query(String.class).single();
    }
}
