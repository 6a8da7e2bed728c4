package org.passage.referrals.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passage.crypto.AssociatedData;
import org.passage.crypto.SealedText;
import org.passage.crypto.Sealing;
import org.passage.organizations.Organizations;
import org.passage.organizations.Role;
import org.passage.organizations.StaffDirectory;
import org.passage.organizations.StaffMember;
import org.passage.support.ActingStaff;
import org.passage.support.PassageIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Referrals on PostgreSQL between two organizations, A (refers) and B (its partner): no consent, no referral;
 * B accepts (opening a case of its own), declines with a reason, or finds the referral withdrawn; B sees the
 * summary and nothing else of A's case, even by guessing ids; a third organization sees nothing; the summary
 * is sealed with B's key; every step is audited.
 */
@PassageIntegrationTest
class ReferralIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Organizations organizations;
    @Autowired
    StaffDirectory directory;
    @Autowired
    JdbcClient jdbc;
    /** The one runner that seals what earlier versions kept in plaintext (crypto's StartupSealing). */
    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("startupSealing")
    org.springframework.boot.ApplicationRunner legacy;
    @Autowired
    Partners partners;
    @Autowired
    Sealing sealing;
    @Autowired
    org.passage.cases.CaseErasure erasure;
    @Autowired
    org.passage.crypto.CaseKeys caseKeys;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    UUID orgA;
    UUID orgB;
    StaffMember caseworkerA;
    StaffMember coordinatorA;
    StaffMember coordinatorB;
    StaffMember caseworkerB;
    StaffMember coordinatorC;
    Partner partnerB;
    String caseA;

    @BeforeEach
    void twoPartners() throws Exception {
        var staff = new ActingStaff(organizations, directory, jdbc);
        orgA = staff.organization("Ark Referrals");
        orgB = staff.organization("Forest Referrals");
        UUID orgC = staff.organization("Other Referrals");
        caseworkerA = staff.member(orgA, Role.CASEWORKER);
        coordinatorA = staff.member(orgA, Role.COORDINATOR);
        coordinatorB = staff.member(orgB, Role.COORDINATOR);
        caseworkerB = staff.member(orgB, Role.CASEWORKER);
        coordinatorC = staff.member(orgC, Role.COORDINATOR);
        partnerB = partners.add(orgA, orgB, "Forest Referrals", null, Instant.now());
        caseA = ActingStaff.openCase(mvc, caseworkerA, "Соколов Андрей", "Sokolov Andrei");
    }

    @Test
    void withoutConsentThereIsNoReferral() throws Exception {
        String page = mvc.perform(refer(caseworkerA, partnerB, "consentBy", "", "consentMethod", ""))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Say who gave consent").contains("Choose how consent was given");
        mvc.perform(refer(caseworkerA, partnerB, "consented", "ALIAS"))
                .andExpect(status().isBadRequest());
        assertThat(count("select count(*) from referrals where case_id = ?::uuid", caseA)).isZero();
        assertThat(count("select count(*) from audit_event where action = 'referral.create' and outcome = 'FAILED' and organization_id = ?", orgA))
                .isEqualTo(2);
    }

    @Test
    void onlyTheAllowedFieldsCanBeShared() throws Exception {
        mvc.perform(refer(caseworkerA, partnerB, "share", "FAMILY", "consented", "FAMILY"))
                .andExpect(status().isBadRequest());
        assertThat(count("select count(*) from referrals where case_id = ?::uuid", caseA)).isZero();
        assertThat(SummaryField.parse("FAMILY")).isEmpty();
        assertThat(SummaryField.parse("LOCATION")).isEmpty();
    }

    @Test
    void thePartnerAcceptsAndOpensACaseCarryingTheSummaryOnly() throws Exception {
        UUID id = referred();
        assertThat(page(get("/referrals/incoming"), coordinatorB)).contains("/referrals/incoming/" + id);
        // the start page names who sent it and when (its line began with eight hex digits of the referral's id)
        String home = page(get("/"), coordinatorB);
        String line = home.substring(home.indexOf("href=\"/referrals/incoming/" + id + "\""));
        assertThat(line.substring(0, line.indexOf("</a>"))).contains(organizations.find(orgA).orElseThrow().name(),
                java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString()).doesNotContain(id.toString().substring(0, 8) + "<");
        String incoming = page(get("/referrals/incoming/" + id), coordinatorB);
        assertThat(incoming).contains("Andrei").contains("legal advice in Almaty").contains("urgent")
                .doesNotContain("Sokolov").doesNotContain("Соколов").doesNotContain(caseA);

        mvc.perform(post("/referrals/incoming/" + id + "/accept").param("openCase", "true").with(csrf()).with(ActingStaff.as(coordinatorB)))
                .andExpect(status().is3xxRedirection());
        var row = jdbc.sql("select status, accepted_case_id from referrals where id = ?").param(id)
                .query((rs, n) -> List.of(rs.getString(1), rs.getObject(2, UUID.class))).single();
        assertThat(row.get(0)).isEqualTo("ACCEPTED");
        UUID opened = (UUID) row.get(1);
        assertThat(jdbc.sql("select organization_id from cases where id = ?").param(opened).query(UUID.class).single()).isEqualTo(orgB);
        String caseB = page(get("/cases/" + opened), coordinatorB);
        assertThat(caseB).contains("Andrei").contains("Referral " + id).contains("legal advice in Almaty")
                .doesNotContain(caseA).doesNotContain("Sokolov");

        assertThat(page(get("/cases/" + caseA + "/referrals"), caseworkerA)).contains("Forest Referrals").contains("accepted");
        assertThat(page(get("/cases/" + caseA), caseworkerA)).contains("id=\"referrals\"").contains("accepted");
        assertThat(audited("referral.create", orgA)).isEqualTo(1);
        assertThat(audited("referral.read", orgB)).isEqualTo(1);
        assertThat(audited("referral.accept", orgB)).isEqualTo(1);
        // the case is opened once, and its one case.open row says where it came from
        assertThat(jdbc.sql("select detail from audit_event where action = 'case.open' and record_id = ?").param(opened.toString())
                .query(String.class).list()).containsExactly("from referral " + id);
    }

    @Test
    void aDeclineReasonWrittenInPlaintextByAnEarlierVersionIsSealedAtStartup() throws Exception {
        UUID id = referred();
        mvc.perform(post("/referrals/incoming/" + id + "/decline").param("reason", "placeholder").with(csrf())
                .with(ActingStaff.as(coordinatorB))).andExpect(status().is3xxRedirection());
        jdbc.sql("update referrals set decline_reason = null, decline_reason_plaintext = 'Old reason: he hides in Tbilisi' where id = ?")
                .param(id).update();

        legacy.run(null);

        assertThat(jdbc.sql("select count(*) from referrals where decline_reason_plaintext is not null").query(Integer.class).single())
                .isZero();
        byte[] stored = jdbc.sql("select decline_reason from referrals where id = ?").param(id).query(byte[].class).single();
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Tbilisi");
        assertThat(page(get("/cases/" + caseA + "/referrals"), caseworkerA)).contains("Old reason: he hides in Tbilisi");
    }

    @Test
    void anExternalPartnersNameAndContactAreSealedAndThoseOfAnEarlierVersionAreSealedAtStartup() throws Exception {
        var lawyer = partners.add(orgA, null, "Adv. Irina Zquorn", "signal:+49-151-000-ZQ", Instant.now());
        var stored = jdbc.sql("select name, contact, name_plaintext, contact_plaintext from referral_partners where id = ?")
                .param(lawyer.id()).query((rs, n) -> new String(rs.getBytes(1), java.nio.charset.StandardCharsets.ISO_8859_1)
                        + new String(rs.getBytes(2), java.nio.charset.StandardCharsets.ISO_8859_1) + rs.getString(3) + rs.getString(4))
                .single();
        assertThat(stored).doesNotContain("Zquorn").doesNotContain("000-ZQ").endsWith("nullnull");
        assertThat(partners.find(orgA, lawyer.id()).orElseThrow().contact()).isEqualTo("signal:+49-151-000-ZQ");

        // a row as version 12.5 left it: plaintext, moved aside by the migration
        jdbc.sql("update referral_partners set name = null, contact = null, name_plaintext = 'Old Partner Zquorn', "
                + "contact_plaintext = 'old@zquorn.example' where id = ?").param(lawyer.id()).update();
        assertThat(partners.find(orgA, lawyer.id()).orElseThrow().name()).as("readable before sealing").isEqualTo("Old Partner Zquorn");
        legacy.run(null);
        assertThat(jdbc.sql("select count(*) from referral_partners where name_plaintext is not null or contact_plaintext is not null")
                .query(Integer.class).single()).isZero();
        assertThat(partners.find(orgA, lawyer.id()).orElseThrow()).extracting(Partner::name, Partner::contact)
                .containsExactly("Old Partner Zquorn", "old@zquorn.example");
        assertThat(partners.of(orgA)).extracting(Partner::name).containsExactly("Forest Referrals", "Old Partner Zquorn");
    }

    @Test
    void thePartnerDeclinesWithAReason() throws Exception {
        UUID id = referred();
        mvc.perform(post("/referrals/incoming/" + id + "/decline").param("reason", " ").with(csrf()).with(ActingStaff.as(coordinatorB)))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select status from referrals where id = ?").param(id).query(String.class).single()).isEqualTo("PENDING");
        mvc.perform(post("/referrals/incoming/" + id + "/decline").param("reason", "No lawyer free this month").with(csrf())
                .with(ActingStaff.as(coordinatorB))).andExpect(status().is3xxRedirection());
        assertThat(page(get("/cases/" + caseA + "/referrals"), caseworkerA)).contains("declined").contains("No lawyer free this month");
        assertThat(audited("referral.decline", orgB)).isEqualTo(1);
        byte[] stored = jdbc.sql("select decline_reason from referrals where id = ?").param(id).query(byte[].class).single();
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).as("sealed").doesNotContain("lawyer");
        // answered: it can be neither withdrawn nor accepted any more
        mvc.perform(post("/referrals/" + id + "/withdraw").with(csrf()).with(ActingStaff.as(caseworkerA))).andExpect(status().is3xxRedirection());
        mvc.perform(post("/referrals/incoming/" + id + "/accept").with(csrf()).with(ActingStaff.as(coordinatorB)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select status from referrals where id = ?").param(id).query(String.class).single()).isEqualTo("DECLINED");
    }

    @Test
    void theReferringSideWithdrawsBeforeAnAnswer() throws Exception {
        UUID id = referred();
        mvc.perform(post("/referrals/" + id + "/withdraw").with(csrf()).with(ActingStaff.as(caseworkerA))).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select status from referrals where id = ?").param(id).query(String.class).single()).isEqualTo("WITHDRAWN");
        assertThat(page(get("/referrals/incoming"), coordinatorB)).doesNotContain(id.toString());
        assertThat(page(get("/referrals/incoming/" + id), coordinatorB)).contains("Withdrawn by the referring organization")
                .doesNotContain("legal advice in Almaty");
        String late = mvc.perform(post("/referrals/incoming/" + id + "/accept").with(csrf()).with(ActingStaff.as(coordinatorB)))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(late).endsWith("?late");
        assertThat(jdbc.sql("select status from referrals where id = ?").param(id).query(String.class).single()).isEqualTo("WITHDRAWN");
        assertThat(audited("referral.withdraw", orgA)).isEqualTo(1);
    }

    @Test
    void thePartnerSeesNothingElseOfTheCaseEvenByGuessingIds() throws Exception {
        UUID id = referred();
        for (StaffMember outsider : List.of(coordinatorB, caseworkerB, coordinatorC)) {
            mvc.perform(get("/cases/" + caseA).with(ActingStaff.as(outsider))).andExpect(status().isNotFound());
            mvc.perform(get("/cases/" + caseA + "/referrals").with(ActingStaff.as(outsider))).andExpect(status().isNotFound());
            mvc.perform(post("/cases/" + caseA + "/referrals").with(csrf()).with(ActingStaff.as(outsider))).andExpect(status().isNotFound());
            mvc.perform(post("/referrals/" + id + "/withdraw").with(csrf()).with(ActingStaff.as(outsider))).andExpect(status().isNotFound());
            mvc.perform(post("/referrals/" + id + "/answer").with(csrf()).with(ActingStaff.as(outsider))).andExpect(status().isNotFound());
        }
        // only the addressee's coordinator opens the referral; a third organization and the sender get "no such referral"
        mvc.perform(get("/referrals/incoming/" + id).with(ActingStaff.as(coordinatorC))).andExpect(status().isNotFound());
        mvc.perform(get("/referrals/incoming/" + id).with(ActingStaff.as(coordinatorA))).andExpect(status().isNotFound());
        mvc.perform(post("/referrals/incoming/" + id + "/accept").with(csrf()).with(ActingStaff.as(coordinatorC))).andExpect(status().isNotFound());
        mvc.perform(get("/referrals/incoming/" + id).with(ActingStaff.as(caseworkerB))).andExpect(status().isForbidden());
        assertThat(page(get("/referrals/incoming"), coordinatorC)).doesNotContain(id.toString());
        assertThat(count("select count(*) from audit_event where action = 'referral.read' and outcome = 'DENIED' and organization_id = ?", coordinatorC.organizationId()))
                .isPositive();

        // the summary is sealed with B's key: A's key does not open it
        byte[] sealed = jdbc.sql("select summary from referrals where id = ?").param(id).query(byte[].class).single();
        assertThat(new String(sealed, StandardCharsets.UTF_8)).doesNotContain("Andrei");
        var where = new AssociatedData("referrals", "summary", id);
        assertThat(sealing.open(orgB, new SealedText(sealed), where)).contains("Andrei");
        assertThatThrownBy(() -> sealing.open(orgA, new SealedText(sealed), where)).isInstanceOf(RuntimeException.class);
    }

    @Test
    void anExternalPartnerGetsTheSummaryByCopyAndTheAnswerIsRecordedByHand() throws Exception {
        Partner external = partners.add(orgA, null, "Legal Aid Bishkek", "signal:+996 555 000 111", Instant.now());
        mvc.perform(refer(caseworkerA, external)).andExpect(status().is3xxRedirection());
        UUID id = jdbc.sql("select id from referrals where partner_id = ?").param(external.id()).query(UUID.class).single();
        String page = page(get("/cases/" + caseA + "/referrals"), caseworkerA);
        assertThat(page).contains("copy-summary").contains("Alias or first name: Andrei");
        mvc.perform(post("/referrals/" + id + "/answer").param("accepted", "false").param("reason", "").with(csrf())
                .with(ActingStaff.as(caseworkerA))).andExpect(status().isBadRequest());
        // a decline without a reason comes back as the referrals page with the error beside the form, in the user's language
        String refused = mvc.perform(post("/referrals/" + id + "/answer").param("accepted", "false").param("reason", "  ")
                        .header("Accept-Language", "fr").with(csrf()).with(ActingStaff.as(caseworkerA)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("class=\"field-error answer-error\"").contains("Indiquez un motif (500 caractères au plus).")
                .contains("lang=\"fr\"").contains("copy-summary").contains("id=\"reason-" + id + "\"");
        assertThat(jdbc.sql("select status from referrals where id = ?").param(id).query(String.class).single()).isEqualTo("PENDING");
        assertThat(count("select count(*) from audit_event where action = 'referral.answer' and outcome = 'FAILED' and organization_id = ?", orgA))
                .isEqualTo(2);
        mvc.perform(post("/referrals/" + id + "/answer").param("accepted", "true").with(csrf()).with(ActingStaff.as(caseworkerA)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select status from referrals where id = ?").param(id).query(String.class).single()).isEqualTo("ACCEPTED");
        assertThat(audited("referral.answer", orgA)).isEqualTo(1);
    }

    @Test
    void whatAReferralSaysAboutTheCaseIsSealedUnderTheCaseKeyAndErasingTheCaseShredsItOrWithdrawsTheInternalCopy() throws Exception {
        UUID internal = referred();
        Partner external = partners.add(orgA, null, "Legal Aid Osh", "signal:+996 555 000 222", Instant.now());
        mvc.perform(refer(caseworkerA, external)).andExpect(status().is3xxRedirection());
        UUID outside = jdbc.sql("select id from referrals where partner_id = ?").param(external.id()).query(UUID.class).single();
        assertThat(firstBytes(outside)).as("summary and consent of an external referral under the case's key").containsExactly(0x43, 0x43);
        assertThat(firstBytes(internal).get(0)).as("the receiving organization's copy under its key").isNotEqualTo(0x43);
        assertThat(firstBytes(internal).get(1)).isEqualTo(0x43);

        // who consented, as an earlier version sealed it: under the organization's key
        byte[] earlier = sealing.seal(orgA, "his sister Marker-5521", new AssociatedData("referrals", "consent_by", outside)).ciphertext();
        jdbc.sql("update referrals set consent_by = ? where id = ?").params(earlier, outside).update();
        legacy.run(null);
        byte[] consent = jdbc.sql("select consent_by from referrals where id = ?").param(outside).query(byte[].class).single();
        assertThat(consent[0]).as("re-sealed under the case's key at startup").isEqualTo((byte) 0x43);
        var consentPlace = new AssociatedData("referrals", "consent_by", outside);
        assertThat(sealing.open(orgA, new SealedText(consent), consentPlace)).isEqualTo("his sister Marker-5521");
        byte[] summary = jdbc.sql("select summary from referrals where id = ?").param(outside).query(byte[].class).single();

        UUID kase = UUID.fromString(caseA);
        transactions.executeWithoutResult(status -> {
            erasure.markErased(new org.passage.cases.CaseId(kase));
            caseKeys.destroy(orgA, kase);
        });
        assertThatThrownBy(() -> sealing.open(orgA, new SealedText(consent), consentPlace)).isInstanceOf(org.passage.crypto.UnsealingFailed.class);
        assertThatThrownBy(() -> sealing.open(orgA, new SealedText(summary), new AssociatedData("referrals", "summary", outside)))
                .isInstanceOf(org.passage.crypto.UnsealingFailed.class);
        assertThat(jdbc.sql("select status || ':' || (summary is null) from referrals where id = ?").param(internal).query(String.class).single())
                .as("the pending internal referral is withdrawn and its copy deleted").isEqualTo("WITHDRAWN:true");
        assertThat(page(get("/referrals/incoming"), coordinatorB)).doesNotContain(internal.toString());
    }

    /** The first byte of a referral's summary and of its consent. */
    private List<Integer> firstBytes(UUID referral) {
        return jdbc.sql("select get_byte(summary, 0), get_byte(consent_by, 0) from referrals where id = ?").param(referral)
                .query((rs, n) -> List.of(rs.getInt(1), rs.getInt(2))).single();
    }

    @Test
    void theOrgAdminKeepsThePartnerList() throws Exception {
        var staff = new ActingStaff(organizations, directory, jdbc);
        StaffMember admin = staff.member(orgB, Role.ORG_ADMIN);
        mvc.perform(post("/admin/partners").param("organizationId", orgA.toString()).with(csrf()).with(ActingStaff.as(admin)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/partners").param("organizationId", orgA.toString()).with(csrf()).with(ActingStaff.as(admin)))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/admin/partners").param("organizationId", orgB.toString()).with(csrf()).with(ActingStaff.as(admin)))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/admin/partners").param("name", "Memorial Paris").param("contact", "").with(csrf()).with(ActingStaff.as(admin)))
                .andExpect(status().isBadRequest());
        assertThat(partners.of(orgB)).extracting(Partner::name).containsExactly(name(orgA));
        mvc.perform(post("/admin/partners/" + partnerB.id() + "/remove").with(csrf()).with(ActingStaff.as(admin)))
                .andExpect(status().isNotFound());
        assertThat(audited("referral.partner.add", orgB)).isEqualTo(1);
        mvc.perform(get("/admin/partners").with(ActingStaff.as(coordinatorB))).andExpect(status().isForbidden());
    }

    private UUID referred() throws Exception {
        mvc.perform(refer(caseworkerA, partnerB)).andExpect(status().is3xxRedirection());
        return jdbc.sql("select id from referrals where case_id = ?::uuid").param(caseA).query(UUID.class).single();
    }

    /** A complete referral of case A's person; {@code overrides} are name, value pairs replacing a parameter. */
    private MockHttpServletRequestBuilder refer(StaffMember member, Partner partner, String... overrides) {
        var params = new java.util.LinkedHashMap<String, String[]>();
        params.put("partnerId", new String[] {partner.id().toString()});
        params.put("share", new String[] {"ALIAS", "NEEDS", "URGENCY"});
        params.put("alias", new String[] {"Andrei"});
        params.put("needs", new String[] {"legal advice in Almaty"});
        params.put("urgency", new String[] {"urgent"});
        params.put("country", new String[] {"not shared, so never stored"});
        params.put("consentBy", new String[] {"the person himself"});
        params.put("consentOn", new String[] {LocalDate.now().toString()});
        params.put("consentMethod", new String[] {"MESSENGER"});
        params.put("consented", new String[] {"ALIAS", "NEEDS", "URGENCY"});
        for (int i = 0; i < overrides.length; i += 2) {
            params.put(overrides[i], new String[] {overrides[i + 1]});
        }
        var request = post("/cases/" + caseA + "/referrals").with(csrf()).with(ActingStaff.as(member));
        params.forEach(request::param);
        return request;
    }

    private String page(MockHttpServletRequestBuilder request, StaffMember member) throws Exception {
        return mvc.perform(request.with(ActingStaff.as(member))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private String name(UUID org) {
        return organizations.find(org).orElseThrow().name();
    }

    private int audited(String action, UUID org) {
        return count("select count(*) from audit_event where action = ? and outcome = 'SUCCESS' and organization_id = ?", action, org);
    }

    private int count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Integer.class).single();
    }
}
