package org.passage.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passage.organizations.Organizations;
import org.passage.organizations.Role;
import org.passage.organizations.StaffDirectory;
import org.passage.organizations.StaffMember;
import org.passage.support.ActingStaff;
import org.passage.support.PassageIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Other name forms, handles, languages, family, identity evidence and notes: sealed, validated, need to know. */
@PassageIntegrationTest
class ApplicantDetailsIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Organizations organizations;
    @Autowired
    StaffDirectory directory;

    private StaffMember caseworker;
    private StaffMember stranger;
    private String id;

    @BeforeEach
    void setUp() throws Exception {
        var staff = new ActingStaff(organizations, directory, jdbc);
        UUID organization = staff.organization("Details");
        caseworker = staff.member(organization, Role.CASEWORKER);
        stranger = staff.member(organization, Role.CASEWORKER);
        id = ActingStaff.openCase(mvc, caseworker, "Кузнецов Илья", "KUZNETSOV ILIA");
    }

    @Test
    void detailsEvidenceAndNotesAreStoredSealedAndShownOnTheCasePage() throws Exception {
        mvc.perform(post("/cases/" + id + "/details").with(csrf()).with(ActingStaff.as(caseworker))
                        .param("otherNames", "Кузнецов Илья Андреевич\nKUZNETSOV ILYA\nKouznetsov Ilia")
                        .param("handles", "telegram: @markerhandle42").param("languages", "ru, EN")
                        .param("familyAtRisk", "mother — Perm — visited by the military enlistment office"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/cases/" + id + "/evidence").with(csrf()).with(ActingStaff.as(caseworker))
                        .param("kind", "MILITARY_ID").param("description", "military ID no. MARKER-7731")
                        .param("seenBy", "Anna (partner NGO, Yerevan)").param("seenOn", "2026-02-03"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/cases/" + id + "/notes").with(csrf()).with(ActingStaff.as(caseworker))
                        .param("body", "Prefers calls after 20:00. markernote"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/cases/" + id).with(ActingStaff.as(caseworker))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Kouznetsov Ilia")))
                .andExpect(content().string(containsString("@markerhandle42")))
                .andExpect(content().string(containsString("ru, en")))
                .andExpect(content().string(containsString("MARKER-7731")))
                .andExpect(content().string(containsString("seen by Anna (partner NGO, Yerevan) on 2026-02-03")))
                .andExpect(content().string(containsString("markernote")));

        String stored = new String(jdbc.sql("select details from case_applicant_details where case_id = ?::uuid").param(id)
                .query(byte[].class).single(), StandardCharsets.ISO_8859_1)
                + new String(jdbc.sql("select body from case_notes where case_id = ?::uuid").param(id)
                .query(byte[].class).single(), StandardCharsets.ISO_8859_1);
        assertThat(stored).doesNotContain("markerhandle42", "MARKER-7731", "markernote", "KUZNETSOV");
        assertThat(jdbc.sql("select count(*) from audit_event where record_id = ? and action in ('case.details', 'case.evidence', 'case.note')")
                .param(id).query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void badLinesAreNamedAndNothingIsSaved() throws Exception {
        mvc.perform(post("/cases/" + id + "/details").with(csrf()).with(ActingStaff.as(caseworker))
                        .param("otherNames", "Кузнецов").param("languages", "ru, russian"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Entry 2 is not a language code")));
        mvc.perform(post("/cases/" + id + "/details").with(csrf()).with(ActingStaff.as(caseworker)).param("lang", "ru")
                        .param("handles", "ok\n" + "x".repeat(301)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Строка 2: не более 300 символов")));
        mvc.perform(post("/cases/" + id + "/evidence").with(csrf()).with(ActingStaff.as(caseworker))
                        .param("kind", "WITNESS_STATEMENT").param("description", "statement").param("seenBy", "").param("seenOn", "2026-02-03"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Say who saw the evidence")));
        mvc.perform(post("/cases/" + id + "/evidence").with(csrf()).with(ActingStaff.as(caseworker))
                        .param("kind", "PASSPORT_OF_MARS").param("seenBy", "me").param("seenOn", "2026-02-03"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Choose a kind of evidence")));
        mvc.perform(post("/cases/" + id + "/notes").with(csrf()).with(ActingStaff.as(caseworker)).param("body", "  "))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("The note is empty")));
        assertThat(jdbc.sql("select count(*) from case_applicant_details where case_id = ?::uuid").param(id).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from case_notes where case_id = ?::uuid").param(id).query(Integer.class).single()).isZero();
    }

    @Test
    void aCaseworkerWithoutNeedToKnowGetsNothing() throws Exception {
        mvc.perform(get("/cases/" + id + "/details").with(ActingStaff.as(stranger))).andExpect(status().isNotFound());
        mvc.perform(post("/cases/" + id + "/notes").with(csrf()).with(ActingStaff.as(stranger)).param("body", "hello"))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from case_notes where case_id = ?::uuid").param(id).query(Integer.class).single()).isZero();
    }
}
