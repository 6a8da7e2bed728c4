package org.passage.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passage.organizations.Organizations;
import org.passage.organizations.Role;
import org.passage.organizations.StaffDirectory;
import org.passage.organizations.StaffMember;
import org.passage.support.ActingStaff;
import org.passage.support.DatabaseDump;
import org.passage.support.PassageIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Evidence on the real database through the pages: the stored hash is the original's, the copy is sealed, every
 * opening, transfer and verification is in the custody log and the audit trail, the log refuses edits, and
 * need to know holds (another organization 404, an assigned vetting analyst may read and capture).
 */
@PassageIntegrationTest
class EvidenceIntegrationTests {

    private static final String MARKER = "EVIDENCE-PLAINTEXT-MARKER-7f3a";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    Organizations organizations;
    @Autowired
    StaffDirectory directory;

    private StaffMember caseworker;
    private StaffMember analyst;
    private StaffMember foreigner;
    private String caseId;

    @BeforeEach
    void setUp() throws Exception {
        var staff = new ActingStaff(organizations, directory, jdbc);
        UUID organization = staff.organization("Evidence");
        caseworker = staff.member(organization, Role.CASEWORKER);
        var coordinator = staff.member(organization, Role.COORDINATOR);
        analyst = staff.member(organization, Role.VETTING_ANALYST);
        foreigner = staff.member(staff.organization("Evidence Foreign"), Role.COORDINATOR);
        caseId = ActingStaff.openCase(mvc, caseworker, "Доказательств Иван", "");
        mvc.perform(post("/cases/" + caseId + "/assignments").with(csrf()).with(ActingStaff.as(coordinator))
                .param("staffId", analyst.id().toString())).andExpect(status().is3xxRedirection());
    }

    @Test
    void aCapturedFileKeepsItsHashIsSealedAndEveryAccessIsInItsChainOfCustody() throws Exception {
        byte[] statement = ("Statement " + MARKER + "\nI served in a garrison in Russia.\n").getBytes(StandardCharsets.UTF_8);
        String evidence = capture(new MockMultipartFile("file", "statement.txt", "text/plain", statement), "Statement " + MARKER)
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl()
                .replaceAll(".*/evidence/", "");

        assertThat(jdbc.sql("select sha256 from evidence_items where id = ?::uuid").param(evidence).query(String.class).single())
                .isEqualTo(Original.sha256(statement));
        assertThat(DatabaseDump.logical(dataSource)).doesNotContain(MARKER)
                .doesNotContain(java.util.Base64.getEncoder().encodeToString(statement).substring(0, 20));

        byte[] back = mvc.perform(post("/cases/" + caseId + "/evidence/" + evidence + "/open").with(csrf()).with(ActingStaff.as(analyst))
                        .param("purpose", "vetting review"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(back).isEqualTo(statement);
        mvc.perform(post("/cases/" + caseId + "/evidence/" + evidence + "/transfer").with(csrf()).with(ActingStaff.as(caseworker))
                .param("recipient", "the consulate").param("purpose", "visa file")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/cases/" + caseId + "/evidence/" + evidence + "/transfer").with(csrf()).with(ActingStaff.as(caseworker))
                        .param("recipient", "the consulate").param("purpose", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Say why (the purpose is written to the chain of custody).</div>")));
        mvc.perform(post("/cases/" + caseId + "/evidence/" + evidence + "/verify").with(csrf()).with(ActingStaff.as(caseworker)))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("select action from evidence_custody where evidence_id = ?::uuid order by position").param(evidence)
                .query(String.class).list()).containsExactly("CAPTURED", "OPENED", "TRANSFERRED", "VERIFIED");
        assertThat(jdbc.sql("select actor from evidence_custody where evidence_id = ?::uuid and action = 'OPENED'").param(evidence)
                .query(String.class).single()).isEqualTo(analyst.id().toString());
        assertThat(jdbc.sql("select detail from audit_event where action = 'evidence.custody' and record_id = ? order by sequence")
                .param(evidence).query(String.class).list()).hasSize(4)
                .allSatisfy(d -> assertThat(d).matches("(CAPTURED|OPENED|TRANSFERRED|VERIFIED) #\\d [0-9a-f]{64}"));
        mvc.perform(get("/cases/" + caseId + "/evidence/" + evidence).with(ActingStaff.as(analyst)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(Original.sha256(statement))))
                .andExpect(content().string(containsString("vetting review")))
                .andExpect(content().string(containsString("to the consulate: visa file")))
                .andExpect(content().string(containsString("SHA-256 matches")))
                .andExpect(content().string(containsString("chain of custody is intact")));
        mvc.perform(get("/cases/" + caseId).with(ActingStaff.as(caseworker)))
                .andExpect(content().string(containsString(Original.sha256(statement).substring(0, 12))));
    }

    @Test
    void theCustodyLogAndTheItemsRefuseEditsAndDeletes() throws Exception {
        capture(new MockMultipartFile("file", "p.png", "image/png", DemoEvidence.picture()), "A photo").andExpect(status().is3xxRedirection());
        String evidence = jdbc.sql("select id::text from evidence_items where case_id = ?::uuid").param(caseId).query(String.class).single();
        List<String> refused = List.of(
                "update evidence_custody set actor = 'someone else' where evidence_id = '" + evidence + "'",
                "delete from evidence_custody where evidence_id = '" + evidence + "'",
                "delete from evidence_items where id = '" + evidence + "'",
                "update evidence_items set sha256 = repeat('0', 64) where id = '" + evidence + "'",
                "update evidence_items set captured_by = 'someone else' where id = '" + evidence + "'",
                "update evidence_items set content = null where id = '" + evidence + "'");
        for (String sql : refused) {
            assertThatThrownBy(() -> jdbc.sql(sql).update()).as(sql).hasMessageContaining("not allowed");
        }
        // what key rotation does: re-encrypt a sealed column in place
        jdbc.sql("update evidence_items set label = label where id = ?::uuid").param(evidence).update();
        assertThat(jdbc.sql("select count(*) from evidence_custody where evidence_id = ?::uuid").param(evidence).query(Integer.class).single())
                .isEqualTo(1);
    }

    @Test
    void anotherOrganizationSeesNothingAndAnAnalystMayReadButNotCapture() throws Exception {
        capture(new MockMultipartFile("file", "p.png", "image/png", DemoEvidence.picture()), "A photo").andExpect(status().is3xxRedirection());
        String evidence = jdbc.sql("select id::text from evidence_items where case_id = ?::uuid").param(caseId).query(String.class).single();
        String item = "/cases/" + caseId + "/evidence/" + evidence;

        mvc.perform(get(item).with(ActingStaff.as(foreigner))).andExpect(status().isNotFound());
        mvc.perform(post(item + "/open").with(csrf()).with(ActingStaff.as(foreigner)).param("purpose", "curious"))
                .andExpect(status().isNotFound());
        mvc.perform(post(item + "/transfer").with(csrf()).with(ActingStaff.as(foreigner)).param("recipient", "x").param("purpose", "y"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/cases/" + caseId + "/evidence/" + UUID.randomUUID()).with(ActingStaff.as(caseworker)))
                .andExpect(status().isNotFound());

        mvc.perform(get(item).with(ActingStaff.as(analyst))).andExpect(status().isOk());
        // gathering open-source evidence is the analyst's work, though he may not change the case itself
        mvc.perform(get("/cases/" + caseId + "/evidence/new").with(ActingStaff.as(analyst))).andExpect(status().isOk());
        mvc.perform(multipart("/cases/" + caseId + "/evidence/new").file(new MockMultipartFile("file", "p.png", "image/png",
                        DemoEvidence.picture())).param("kind", "PHOTO").param("label", "analyst's photo")
                        .param("capturedAt", "2026-01-01T10:00").with(csrf()).with(ActingStaff.as(analyst)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from evidence_items where case_id = ?::uuid and captured_by = ?")
                .param(caseId).param(analyst.id().toString()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aRefusedFormNamesItsFieldAndStoresNothing() throws Exception {
        capture(new MockMultipartFile("file", "x.exe", "application/octet-stream", new byte[] {'M', 'Z', 0, 1, 2}), "A program")
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Only JPEG, PNG, GIF, PDF, MP4")));
        capture(new MockMultipartFile("file", "", "application/octet-stream", new byte[0]), "Nothing")
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Attach a file or give a URL")));
        capture(new MockMultipartFile("file", "p.png", "image/png", DemoEvidence.picture()), "")
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Give the item a label")));
        mvc.perform(multipart("/cases/" + caseId + "/evidence/new").param("kind", "PHOTO").param("label", "future")
                        .param("url", "https://example.org/a").param("capturedAt", "2099-01-01T10:00").with(csrf())
                        .with(ActingStaff.as(caseworker)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("in the future")));
        mvc.perform(multipart("/cases/" + caseId + "/evidence/new").param("kind", "WEB_PAGE").param("label", "js")
                        .param("url", "javascript:alert(1)").param("capturedAt", "2026-01-01T10:00").with(csrf())
                        .with(ActingStaff.as(caseworker)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("https://")));
        byte[] big = new byte[EvidenceType.MAX_BYTES + 1];
        capture(new MockMultipartFile("file", "big.txt", "text/plain", big), "Big")
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("larger than 10 MB")));
        assertThat(jdbc.sql("select count(*) from evidence_items where case_id = ?::uuid").param(caseId).query(Integer.class).single()).isZero();
    }

    @Test
    void aUrlAloneIsKeptAndFlaggedNotArchived() throws Exception {
        String location = mvc.perform(multipart("/cases/" + caseId + "/evidence/new").param("kind", "WEB_PAGE")
                        .param("label", "Unit page").param("url", "https://example.org/unit").param("capturedAt", "2026-01-01T10:00")
                        .with(csrf()).with(ActingStaff.as(caseworker)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(ActingStaff.as(caseworker))).andExpect(status().isOk())
                .andExpect(content().string(containsString("not archived")))
                .andExpect(content().string(containsString("https://example.org/unit")));
        mvc.perform(post(location + "/open").with(csrf()).with(ActingStaff.as(caseworker)).param("purpose", "look"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("no archived copy")));
        mvc.perform(post(location + "/open").with(csrf()).with(ActingStaff.as(caseworker)).param("purpose", " "))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Say why")));
        assertThat(jdbc.sql("select sha256 is null and content is null from evidence_items where case_id = ?::uuid").param(caseId)
                .query(Boolean.class).single()).isTrue();
    }

    private ResultActions capture(MockMultipartFile file, String label) throws Exception {
        return mvc.perform(multipart("/cases/" + caseId + "/evidence/new").file(file).param("kind", "WITNESS_STATEMENT")
                .param("label", label).param("capturedAt", "2026-01-01T10:00").param("note", "note " + MARKER)
                .with(csrf()).with(ActingStaff.as(caseworker)));
    }
}
