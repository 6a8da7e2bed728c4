package org.passage.retention.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.passage.support.ActingStaff.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.hamcrest.Matchers.containsString;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passage.cases.CaseErasure;
import org.passage.cases.CaseId;
import org.passage.crypto.AssociatedData;
import org.passage.crypto.SealedText;
import org.passage.crypto.Sealing;
import org.passage.crypto.UnsealingFailed;
import org.passage.organizations.Organizations;
import org.passage.organizations.Role;
import org.passage.organizations.StaffDirectory;
import org.passage.organizations.StaffMember;
import org.passage.retention.DeletionRecord;
import org.passage.retention.Retention;
import org.passage.support.ActingStaff;
import org.passage.support.PassageIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Retention on PostgreSQL through the real pages and the real run: a closed case is erased once its period is over and
 * then opens nowhere, not even from what a copy of the database taken before held; a legal hold keeps a case; a dry run
 * changes nothing; the person's request needs a second coordinator; the deletion record verifies and a forged one not.
 */
@PassageIntegrationTest
class RetentionIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Organizations organizations;
    @Autowired
    StaffDirectory directory;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Retention retention;
    @Autowired
    CaseErasure erasure;
    @Autowired
    Sealing sealing;

    UUID org;
    StaffMember coordinator;
    StaffMember secondCoordinator;
    StaffMember caseworker;

    @BeforeEach
    void organization() {
        var staff = new ActingStaff(organizations, directory, jdbc);
        org = staff.organization("Ark Retention");
        coordinator = staff.member(org, Role.COORDINATOR);
        secondCoordinator = staff.member(org, Role.COORDINATOR);
        caseworker = staff.member(org, Role.CASEWORKER);
    }

    @Test
    void aClosedCaseIsErasedAfterItsPeriodUnlessOnHoldAndADryRunChangesNothing() throws Exception {
        UUID expired = UUID.fromString(ActingStaff.openCase(mvc, coordinator, "Алексей Смирнов", "Aleksei Smirnov"));
        UUID held = UUID.fromString(ActingStaff.openCase(mvc, coordinator, "Олег Кузнецов", "Oleg Kuznetsov"));
        UUID recent = UUID.fromString(ActingStaff.openCase(mvc, coordinator, "Павел Орлов", "Pavel Orlov"));
        jdbc.sql("update cases set stage = 'CLOSED', updated_at = now() - interval '3 years' where id in (?, ?)").params(expired, held).update();
        jdbc.sql("update cases set stage = 'CLOSED' where id = ?").param(recent).update();
        mvc.perform(post("/cases/{id}/retention/hold", held).with(csrf()).with(as(coordinator)).param("reason", "court order 12/2026"))
                .andExpect(status().is3xxRedirection());
        String expiredCode = code(expired);
        byte[] nameBeforeErasure = jdbc.sql("select applicant_name from cases where id = ?").param(expired).query(byte[].class).single();
        byte[] keysetBeforeErasure = jdbc.sql("select keyset from case_keyset where case_id = ?").param(expired).query(byte[].class).single();

        String before = snapshot();
        var preview = retention.run(true);
        assertThat(snapshot()).as("a dry run changes nothing, not even the audit trail").isEqualTo(before);
        var mine = preview.due().stream().filter(d -> d.organizationId().equals(org)).toList();
        assertThat(mine).extracting(Retention.Due::caseCode).containsExactlyInAnyOrder(expiredCode, code(held));
        assertThat(mine).filteredOn(Retention.Due::onHold).extracting(Retention.Due::caseCode).containsExactly(code(held));

        var report = retention.run(false);
        assertThat(report.erased()).isGreaterThanOrEqualTo(1);
        assertThat(erasure.find(new CaseId(expired))).isEmpty();
        assertThat(erasure.find(new CaseId(held))).as("the legal hold kept it").isPresent();
        assertThat(erasure.find(new CaseId(recent))).isPresent();
        mvc.perform(get("/cases/{id}", expired).with(as(coordinator))).andExpect(status().isNotFound());
        mvc.perform(get("/cases/{id}", held).with(as(coordinator))).andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from cases where id = ?").param(expired).query(Long.class).single())
                .as("the row stays, without readable personal data, for the statistics").isEqualTo(1);

        var where = new AssociatedData("cases", "applicant_name", expired);
        assertThatThrownBy(() -> sealing.open(org, new SealedText(nameBeforeErasure), where)).isInstanceOf(UnsealingFailed.class);
        // what a copy of the database taken before the erasure holds: the case's keyset row as it was
        jdbc.sql("update case_keyset set keyset = ?, erased_at = null where case_id = ?").params(keysetBeforeErasure, expired).update();
        assertThatThrownBy(() -> sealing.open(org, new SealedText(nameBeforeErasure), where))
                .as("the keyset from before the erasure, without its erasure key, opens nothing").isInstanceOf(UnsealingFailed.class);

        var records = retention.records(org);
        assertThat(records).hasSize(1);
        DeletionRecord record = records.getFirst();
        assertThat(record.caseCodeHash()).isEqualTo(DeletionRecord.caseCodeHash(org, expiredCode));
        assertThat(record.statement()).doesNotContain(expiredCode).doesNotContain("Smirnov").doesNotContain("Смирнов")
                .contains("rule: retention CLOSED P24M");
        assertThat(retention.verifies(record)).isTrue();
        var forged = new DeletionRecord(record.id(), record.organizationId(), record.caseCodeHash(), record.erasedAt(), "retention CLOSED P1M",
                record.requestedBy(), record.confirmedBy(), record.statement().replace("P24M", "P1M"), record.keyId(), record.signature());
        assertThat(retention.verifies(forged)).isFalse();
        assertThat(audited("case.erased", expired)).isEqualTo(1);
    }

    @Test
    void theSecondCoordinatorConfirmsThePersonsRequestAndAHoldBlocksIt() throws Exception {
        UUID kase = UUID.fromString(ActingStaff.openCase(mvc, coordinator, "Иван Петров", "Ivan Petrov"));
        mvc.perform(get("/cases/{id}/retention", kase).with(as(caseworker))).andExpect(status().isForbidden());
        mvc.perform(post("/cases/{id}/retention/erasure", kase).with(csrf()).with(as(coordinator))).andExpect(status().is3xxRedirection());

        mvc.perform(post("/cases/{id}/retention/erasure/confirm", kase).with(csrf()).with(as(coordinator)))
                .andExpect(status().isConflict()).andExpect(content().string(containsString("another coordinator")));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'case.erasure.confirm' and outcome = 'DENIED' and record_id = ?")
                .param(kase.toString()).query(Long.class).single()).isEqualTo(1);

        mvc.perform(post("/cases/{id}/retention/hold", kase).with(csrf()).with(as(secondCoordinator)).param("reason", "prosecutor's request"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/cases/{id}/retention/erasure/confirm", kase).with(csrf()).with(as(secondCoordinator))
                        .with(ActingStaff.onDevice("second coordinator's")))
                .andExpect(status().isConflict()).andExpect(content().string(containsString("legal hold")));
        assertThat(erasure.find(new CaseId(kase))).isPresent();

        mvc.perform(post("/cases/{id}/retention/hold/lift", kase).with(csrf()).with(as(secondCoordinator))).andExpect(status().is3xxRedirection());
        String page = mvc.perform(post("/cases/{id}/retention/erasure/confirm", kase).with(csrf()).with(as(secondCoordinator))
                        .with(ActingStaff.onDevice("second coordinator's")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("passage-deletion-record/v1").contains("rule: person&#39;s request")
                .contains("requested-by: " + coordinator.id()).contains("confirmed-by: " + secondCoordinator.id()).doesNotContain("Petrov");
        mvc.perform(get("/cases/{id}", kase).with(as(coordinator))).andExpect(status().isNotFound());
        assertThat(retention.records(org)).singleElement().satisfies(r -> assertThat(retention.verifies(r)).isTrue());
    }

    private String code(UUID kase) {
        return jdbc.sql("select code from cases where id = ?").param(kase).query(String.class).single();
    }

    private long audited(String action, UUID kase) {
        return jdbc.sql("select count(*) from audit_event where action = ? and record_id = ?").params(action, kase.toString()).query(Long.class).single();
    }

    /** Everything a run could change, as one string. */
    private String snapshot() {
        return jdbc.sql("""
                select (select count(*) from audit_event) || '/' || (select count(*) from deletion_record) || '/'
                    || (select count(*) from cases where erased_at is not null) || '/' || (select count(*) from case_keyset where erased_at is not null)
                    || '/' || (select coalesce(md5(string_agg(encode(applicant_name, 'hex'), ',' order by id)), '') from cases)
                    || '/' || (select count(*) from case_legal_hold) || '/' || (select count(*) from case_erasure_request)""")
                .query(String.class).single();
    }
}
