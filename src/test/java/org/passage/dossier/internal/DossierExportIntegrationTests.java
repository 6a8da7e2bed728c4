package org.passage.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passage.cases.CaseId;
import org.passage.crypto.PublicSigningKey;
import org.passage.dossier.DossierVerification;
import org.passage.dossier.SignatureFile;
import org.passage.geo.Coordinates;
import org.passage.organizations.Organizations;
import org.passage.organizations.Role;
import org.passage.organizations.StaffDirectory;
import org.passage.organizations.StaffMember;
import org.passage.support.ActingStaff;
import org.passage.support.PassageIntegrationTest;
import org.passage.vetting.DecisionView;
import org.passage.vetting.EvidenceView;
import org.passage.vetting.FindingView;
import org.passage.vetting.ServicePeriodView;
import org.passage.vetting.VettingRecord;
import org.passage.vetting.VettingRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An export end to end on PostgreSQL: the case's real applicant details and journey, a vetting record (a stand-in
 * for the vetting feature, which answers for cases it knows), the signed PDF logged sealed, the audit row with the
 * PDF's SHA-256, downloads, and the refusals that leave nothing behind.
 */
@PassageIntegrationTest
class DossierExportIntegrationTests {

    /** The vetting records the test sets per case; a case it did not set has no vetting. */
    static final Map<CaseId, VettingRecord> VETTINGS = new ConcurrentHashMap<>();

    @TestConfiguration
    static class Vetting {
        @Bean
        @Primary
        VettingRecords testVettingRecords() {
            return (ticket, language) -> Optional.ofNullable(VETTINGS.get(ticket.id()));
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Organizations organizations;
    @Autowired
    StaffDirectory directory;

    StaffMember coordinator;
    StaffMember caseworker;
    StaffMember analyst;
    String caseId;

    @BeforeEach
    void aCaseWithDetailsAJourneyAndADecision() throws Exception {
        var staff = new ActingStaff(organizations, directory, jdbc);
        UUID organization = staff.organization("Dossier Export");
        coordinator = staff.member(organization, Role.COORDINATOR);
        caseworker = staff.member(organization, Role.CASEWORKER);
        analyst = staff.member(organization, Role.VETTING_ANALYST);
        caseId = ActingStaff.openCase(mvc, coordinator, "Петров Иван", "PETROV IVAN");
        mvc.perform(post("/cases/{id}/details", caseId).with(csrf()).with(ActingStaff.as(coordinator))
                .param("handles", "@petrov_hides").param("familyAtRisk", "Петрова Анна (wife), Тамбов").param("languages", "ru"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/cases/{id}/evidence", caseId).with(csrf()).with(ActingStaff.as(coordinator))
                .param("kind", "MILITARY_ID").param("description", "Military ID АБ 7654321").param("seenBy", "Lena")
                .param("seenOn", LocalDate.now().minusDays(3).toString())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/cases/{id}/locations", caseId).with(csrf()).with(ActingStaff.as(coordinator))
                .param("country", "RU").param("city", "Липецк").param("since", LocalDate.now().minusDays(30).toString()))
                .andExpect(status().is3xxRedirection());
        VETTINGS.put(CaseId.parse(caseId), vetting(CaseId.parse(caseId), true));
    }

    @Test
    void aCoordinatorExportsASignedAuthorityDossierThatIsLoggedAuditedAndVerifies() throws Exception {
        String location = mvc.perform(post("/cases/{id}/dossiers", caseId).with(csrf()).with(ActingStaff.as(coordinator))
                        .param("language", "fr").param("profile", "authority").param("recipient", "Consulat de France à Almaty"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        UUID exportId = UUID.fromString(location.replaceAll(".*exported=([0-9a-f-]+).*", "$1"));

        byte[] pdf = mvc.perform(get("/cases/{id}/dossiers/{e}/pdf", caseId, exportId).with(ActingStaff.as(coordinator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        byte[] sig = mvc.perform(get("/cases/{id}/dossiers/{e}/sig", caseId, exportId).with(ActingStaff.as(coordinator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String key = mvc.perform(get("/dossier/public-key").with(ActingStaff.as(caseworker)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        String sha256 = DossierVerification.sha256(pdf);
        assertThat(DossierVerification.verify(pdf, SignatureFile.parse(sig), PublicSigningKey.parse(key)))
                .isEqualTo(DossierVerification.Verdict.VALID);
        String text = DossierPdfTests.text(pdf);
        assertThat(text).contains("Петров Иван", "Military ID АБ 7654321", "Consulat de France à Almaty", exportId.toString(), "Oleg Analyst")
                .doesNotContain("petrov_hides", "Петрова Анна", "Тамбов", "Липецк", "Witness Smirnov");
        assertThat(jdbc.sql("select profile || ' ' || language || ' ' || pdf_sha256 from dossier_export where id = ?").param(exportId)
                .query(String.class).single()).isEqualTo("AUTHORITY fr " + sha256);
        assertThat(jdbc.sql("select count(*) from dossier_export where id = ? and position(convert_to('Петров', 'UTF8') in pdf) > 0")
                .param(exportId).query(Integer.class).single()).as("the stored PDF is sealed").isZero();
        assertThat(jdbc.sql("""
                        select count(*) from audit_event where action = 'dossier.export' and outcome = 'SUCCESS' and record_id = ?
                        and actor = ? and detail like ?""").params(caseId, coordinator.id().toString(), "%" + exportId + "%AUTHORITY%fr%" + sha256 + "%")
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(mvc.perform(get("/cases/{id}", caseId).with(ActingStaff.as(coordinator))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("dossier-form", "export-" + exportId, "Consulat de France à Almaty");
    }

    @Test
    void aCaseWithoutAConfirmedDecisionYieldsNoDossier() throws Exception {
        VETTINGS.put(CaseId.parse(caseId), vetting(CaseId.parse(caseId), false));
        String page = refused("en", "AUTHORITY", "Consulate");
        assertThat(page).contains("not confirmed by a second analyst");

        VETTINGS.remove(CaseId.parse(caseId));
        assertThat(refused("en", "AUTHORITY", "Consulate")).contains("This case has no vetting");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'dossier.export' and outcome = 'FAILED' and record_id = ?")
                .param(caseId).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void anUnknownProfileOrLanguageOrNoRecipientIsRefused() throws Exception {
        assertThat(refused("en", "press", "Consulate")).contains("Unknown redaction profile", "internal, lawyer, authority");
        assertThat(refused("de", "AUTHORITY", "Consulate")).contains("Unknown language");
        assertThat(refused("fr", "AUTHORITY", "  ")).contains("Say who receives the dossier");
    }

    @Test
    void anotherCasesExportIsRefusedAsAnUnknownOneAndTheTryIsAudited() throws Exception {
        String location = mvc.perform(post("/cases/{id}/dossiers", caseId).with(csrf()).with(ActingStaff.as(coordinator))
                        .param("language", "en").param("profile", "authority").param("recipient", "Consulate"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        UUID exportId = UUID.fromString(location.replaceAll(".*exported=([0-9a-f-]+).*", "$1"));
        String other = ActingStaff.openCase(mvc, coordinator, "Сидоров Пётр", "SIDOROV PETR");
        // this case's export asked through another case he may read, and an id that was never an export: one answer
        String viaOther = mvc.perform(get("/cases/{id}/dossiers/{e}/pdf", other, exportId).with(ActingStaff.as(coordinator)))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String unknown = mvc.perform(get("/cases/{id}/dossiers/{e}/pdf", other, UUID.randomUUID()).with(ActingStaff.as(coordinator)))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(viaOther).isEqualTo(unknown).doesNotContain(exportId.toString());
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'dossier.download' and outcome <> 'SUCCESS' and record_id = ?")
                .param(other).query(Integer.class).single()).as("each refusal audited").isEqualTo(2);
    }

    @Test
    void rolesDecideWhoExportsWhat() throws Exception {
        mvc.perform(post("/cases/{id}/dossiers", caseId).with(csrf()).with(ActingStaff.as(caseworker))
                .param("language", "en").param("profile", "INTERNAL").param("recipient", "x")).andExpect(status().isNotFound());
        assertThat(ExportPolicy.profilesFor(java.util.Set.of(Role.VETTING_ANALYST))).containsExactly(RedactionProfile.INTERNAL);
        assertThat(ExportPolicy.profilesFor(java.util.Set.of(Role.LAWYER)))
                .containsExactlyInAnyOrder(RedactionProfile.LAWYER, RedactionProfile.AUTHORITY);
        assertThat(ExportPolicy.mayExport(java.util.Set.of(Role.CASEWORKER, Role.AUDITOR, Role.ORG_ADMIN))).isFalse();
    }

    @Test
    void everyEvidenceItemListedIsRecordedAsTransferredToTheRecipient() throws Exception {
        String item = mvc.perform(multipart("/cases/{id}/evidence/new", caseId)
                        .file(new MockMultipartFile("file", "id.txt", "text/plain", "military ID".getBytes(StandardCharsets.UTF_8)))
                        .param("kind", "DOCUMENT").param("label", "Military ID scan").param("capturedAt", LocalDate.now().minusDays(1) + "T10:00")
                        .param("note", "scan").with(csrf()).with(ActingStaff.as(coordinator)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        UUID evidenceId = UUID.fromString(item.substring(item.lastIndexOf('/') + 1));
        CaseId id = CaseId.parse(caseId);
        VettingRecord plain = vetting(id, true);
        var finding = plain.findings().getFirst();
        var listed = new EvidenceView(evidenceId, "Military ID scan", null, "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                Instant.now(), coordinator.id().toString(), false);
        VETTINGS.put(id, new VettingRecord(id, plain.servicePeriods(), List.of(new FindingView(finding.id(), finding.severity(), finding.title(),
                finding.explanation(), List.of(listed), finding.source())), plain.decision()));

        mvc.perform(post("/cases/{id}/dossiers", caseId).with(csrf()).with(ActingStaff.as(coordinator))
                .param("language", "en").param("profile", "AUTHORITY").param("recipient", "Consulate of France"))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("select action from evidence_custody where evidence_id = ? order by position").param(evidenceId)
                .query(String.class).list()).containsExactly("CAPTURED", "TRANSFERRED");
    }

    /**
     * Before the one door this export (3 items, vetting stubbed) made 8 need-to-know decisions on the case (2 + 2N: the
     * export, the applicant's record, each item read and its transfer) and wrote 9 audit rows (the export's own second).
     */
    @Test
    void oneExportChecksNeedToKnowAndAuditsTheCaseOnceWhateverTheNumberOfEvidenceItems() throws Exception {
        CaseId id = CaseId.parse(caseId);
        VettingRecord plain = vetting(id, true);
        var finding = plain.findings().getFirst();
        List<EvidenceView> listed = List.of(capturedItem("Military ID scan"), capturedItem("Unit photo"), capturedItem("Order of call-up"));
        VETTINGS.put(id, new VettingRecord(id, plain.servicePeriods(), List.of(new FindingView(finding.id(), finding.severity(), finding.title(),
                finding.explanation(), listed, finding.source())), plain.decision()));
        long before = jdbc.sql("select coalesce(max(sequence), 0) from audit_event").query(Long.class).single();

        mvc.perform(post("/cases/{id}/dossiers", caseId).with(csrf()).with(ActingStaff.as(coordinator))
                .param("language", "en").param("profile", "AUTHORITY").param("recipient", "Consulate of France"))
                .andExpect(status().is3xxRedirection());

        List<String> rows = jdbc.sql("""
                        select action || ' ' || outcome from audit_event
                        where record_type = 'case' and record_id = ? and sequence > ? order by sequence""")
                .params(caseId, before).query(String.class).list();
        assertThat(rows).as("need-to-know decisions and audit rows of the case in one export with 3 evidence items")
                .containsExactly("dossier.export SUCCESS");
        assertThat(jdbc.sql("select count(*) from evidence_custody where action = 'TRANSFERRED' and evidence_id = any(?)")
                .param(listed.stream().map(EvidenceView::id).toArray(UUID[]::new)).query(Integer.class).single())
                .as("each item's own custody event is a different act and stays").isEqualTo(3);
    }

    private EvidenceView capturedItem(String label) throws Exception {
        String item = mvc.perform(multipart("/cases/{id}/evidence/new", caseId)
                        .file(new MockMultipartFile("file", "item.txt", "text/plain", label.getBytes(StandardCharsets.UTF_8)))
                        .param("kind", "DOCUMENT").param("label", label).param("capturedAt", LocalDate.now().minusDays(1) + "T10:00")
                        .param("note", "scan").with(csrf()).with(ActingStaff.as(coordinator)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        UUID evidenceId = UUID.fromString(item.substring(item.lastIndexOf('/') + 1));
        return new EvidenceView(evidenceId, label, null, "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                Instant.now(), coordinator.id().toString(), false);
    }

    private String refused(String language, String profile, String recipient) throws Exception {
        int before = jdbc.sql("select count(*) from dossier_export").query(Integer.class).single();
        String page = mvc.perform(post("/cases/{id}/dossiers", caseId).with(csrf()).with(ActingStaff.as(coordinator))
                        .param("language", language).param("profile", profile).param("recipient", recipient))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(jdbc.sql("select count(*) from dossier_export").query(Integer.class).single()).isEqualTo(before);
        return page;
    }

    static VettingRecord vetting(CaseId caseId, boolean confirmed) {
        Instant proposed = Instant.parse("2026-07-01T08:00:00Z");
        var period = new ServicePeriodView(UUID.randomUUID(), "в/ч 12345", "12th Motor Rifle Regiment", "в/ч 12345", "driver", "Kursk",
                new Coordinates(51.73, 36.19), "2021-11", "2022-02", LocalDate.of(2021, 11, 1), LocalDate.of(2022, 2, 28), "WITNESS",
                "Witness Smirnov, same company", true, "russia");
        var finding = new FindingView(UUID.randomUUID(), FindingView.Severity.INFO, "Claimed service in Kursk: Russia at those dates",
                "The place lies in Russia on every day of the period.", List.of(new EvidenceView(UUID.randomUUID(), "Military ID scan", null,
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", proposed, "Lena", false)),
                "occupied-territory-nzz, boundaries-natural-earth, gazetteer — place Kursk");
        var decision = new DecisionView(DecisionView.Outcome.NO_CONCERNS, "Served in Russia only.", "Oleg Analyst", proposed,
                confirmed ? "Vera Analyst" : null, confirmed ? proposed.plusSeconds(86400) : null, confirmed,
                java.util.Set.of());
        return new VettingRecord(caseId, List.of(period), List.of(finding), Optional.of(decision));
    }
}
