package org.passage.referrals.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.passage.organizations.Organizations;
import org.passage.organizations.Role;
import org.passage.organizations.StaffDirectory;
import org.passage.organizations.StaffMember;
import org.passage.reports.CountTable;
import org.passage.reports.StatisticsPeriod;
import org.passage.support.ActingStaff;
import org.passage.support.PassageIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Referral figures on PostgreSQL: Ark sent referrals in 2025 to Forest (on this installation) and to an external
 * partner, and answered referrals Forest sent it. The source counts them raw, per organization and period; the
 * statistics page and its export show them only after suppression.
 */
@PassageIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferralStatisticsIntegrationTests {

    private static final StatisticsPeriod YEAR_2025 = new StatisticsPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));

    @Autowired
    MockMvc mvc;
    @Autowired
    Organizations organizations;
    @Autowired
    StaffDirectory directory;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Partners partners;
    @Autowired
    ReferralStatistics statistics;

    UUID ark;
    UUID forest;
    StaffMember coordinator;

    @BeforeAll
    void seed() throws Exception {
        var staff = new ActingStaff(organizations, directory, jdbc);
        ark = staff.organization("Referral Stats Ark");
        forest = staff.organization("Referral Stats Forest");
        coordinator = staff.member(ark, Role.COORDINATOR);
        StaffMember caseworker = staff.member(ark, Role.CASEWORKER);
        StaffMember forestCaseworker = staff.member(forest, Role.CASEWORKER);
        UUID arkCase = UUID.fromString(ActingStaff.openCase(mvc, caseworker, "Иванов Пётр", "Ivanov Piotr"));
        UUID forestCase = UUID.fromString(ActingStaff.openCase(mvc, forestCaseworker, "Петров Иван", "Petrov Ivan"));
        Partner toForest = partners.add(ark, forest, "Referral Stats Forest", null, Instant.now());
        Partner external = partners.add(ark, null, "Legal Aid Bishkek", "signal:+996 555 000 111", Instant.now());
        partners.add(ark, null, "Memorial Paris", "mail:paris@example.org", Instant.now());
        Partner toArk = partners.add(forest, ark, "Referral Stats Ark", null, Instant.now());

        referrals(2, ark, arkCase, toForest, "2025-03-01", "PENDING", caseworker.id());
        referrals(7, ark, arkCase, toForest, "2025-03-02", "ACCEPTED", caseworker.id());
        referrals(6, ark, arkCase, toForest, "2025-04-02", "DECLINED", caseworker.id());
        referrals(1, ark, arkCase, toForest, "2024-12-31", "ACCEPTED", caseworker.id()); // before the period
        referrals(9, ark, arkCase, external, "2025-05-01", "ACCEPTED", caseworker.id());
        referrals(3, ark, arkCase, external, "2025-06-01", "WITHDRAWN", caseworker.id());
        // Forest's referrals to Ark, answered by Ark
        referrals(8, forest, forestCase, toArk, "2025-07-01", "ACCEPTED", coordinator.id());
        referrals(5, forest, forestCase, toArk, "2025-07-01", "DECLINED", coordinator.id());
        referrals(4, forest, forestCase, toArk, "2025-12-31", "PENDING", coordinator.id());
        referrals(2, forest, forestCase, toArk, "2025-12-31", "WITHDRAWN", coordinator.id());
    }

    @Test
    void countsAreRawPerPartnerAndStatusOfTheOrganizationAndPeriod() {
        List<CountTable> tables = statistics.tables(ark, YEAR_2025);
        assertThat(tables).extracting(CountTable::id).containsExactly("referrals-sent", "referrals-received");
        assertThat(rows(tables.get(0))).containsExactly(
                List.of("Legal Aid Bishkek", 0L, 9L, 0L, 3L),
                List.of("Memorial Paris", 0L, 0L, 0L, 0L),
                List.of("Referral Stats Forest", 2L, 7L, 6L, 0L));
        assertThat(rows(tables.get(1))).containsExactly(List.of("ACCEPTED", 8L), List.of("DECLINED", 5L));

        List<CountTable> forestTables = statistics.tables(forest, YEAR_2025);
        assertThat(rows(forestTables.get(0))).containsExactly(List.of("Referral Stats Ark", 4L, 8L, 5L, 2L));
        assertThat(rows(forestTables.get(1))).containsExactly(List.of("ACCEPTED", 7L), List.of("DECLINED", 6L));

        List<CountTable> year2024 = statistics.tables(ark, new StatisticsPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
        assertThat(rows(year2024.get(0))).contains(List.of("Referral Stats Forest", 0L, 1L, 0L, 0L));
        assertThat(year2024.get(1).empty()).isTrue();
    }

    @Test
    void thePageAndExportShowTheTablesSuppressed() throws Exception {
        String page = mvc.perform(get("/statistics").param("from", "2025-01-01").param("to", "2025-12-31").with(ActingStaff.as(coordinator)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Referrals sent").contains("Referrals received and answered").contains("Legal Aid Bishkek")
                .contains("/statistics/referrals-sent.csv?from=2025-01-01&amp;to=2025-12-31");
        String csv = mvc.perform(get("/statistics/referrals-sent.csv").param("from", "2025-01-01").param("to", "2025-12-31")
                .with(ActingStaff.as(coordinator))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("Partner,Pending,Accepted,Declined,Withdrawn");
        // Bishkek's 3 withdrawals are <5, so its 9 acceptances would give them away from the row total: hidden as [c];
        // Forest's 2 pending are <5 and the 7 and 6 beside them are hidden in turn
        assertThat(csv).contains("Legal Aid Bishkek,0,[c],0,<5,12", "Memorial Paris,0,0,0,0,0", "Referral Stats Forest,<5,[c],[c],0,15",
                "Total,<5,16,[c],<5,27").doesNotContain(",9,").doesNotContain(",7,").doesNotContain(",6,");
        String received = mvc.perform(get("/statistics/referrals-received.csv").param("from", "2025-01-01").param("to", "2025-12-31")
                .with(ActingStaff.as(coordinator))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(received).contains("Accepted,8,").contains("Declined,5,");
    }

    private void referrals(int count, UUID from, UUID caseId, Partner partner, String day, String status, UUID by) {
        Instant at = LocalDate.parse(day).atTime(12, 0).toInstant(java.time.ZoneOffset.UTC);
        @Nullable Timestamp answered = status.equals("PENDING") ? null : Timestamp.from(at.plusSeconds(3600));
        UUID key = partner.external() ? from : partner.partnerOrganizationId();
        for (int i = 0; i < count; i++) {
            jdbc.sql("""
                    insert into referrals (id, organization_id, case_id, partner_id, to_organization_id, key_organization_id,
                        fields, summary, consent_by, consent_on, consent_method, consent_fields, status, referred_at, referred_by,
                        answered_at, answered_by, decline_reason)
                    values (:id, :org, :case, :partner, :to, :key, array['NEEDS'], :sealed, :sealed, :on, 'IN_PERSON', array['NEEDS'],
                        :status, :at, :by, :answered, :answeredBy, :reason)""")
                    .param("id", UUID.randomUUID()).param("org", from).param("case", caseId).param("partner", partner.id())
                    .param("to", partner.partnerOrganizationId()).param("key", key).param("sealed", new byte[] {1})
                    .param("on", LocalDate.parse(day)).param("status", status).param("at", Timestamp.from(at)).param("by", by)
                    .param("answered", answered).param("answeredBy", answered == null ? null : by)
                    .param("reason", status.equals("DECLINED") ? new byte[] {1} : null).update();
        }
    }

    private static List<List<Object>> rows(CountTable table) {
        return table.rows().stream().map(r -> {
            var row = new java.util.ArrayList<Object>();
            row.add(r.label());
            row.addAll(r.values());
            return (List<Object>) row;
        }).toList();
    }
}
