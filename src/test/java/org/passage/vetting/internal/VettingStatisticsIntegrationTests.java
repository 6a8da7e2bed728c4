package org.passage.vetting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.passage.cases.Cases;
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
 * Vetting figures on PostgreSQL, from runs and decisions written straight into the tables (VettingIntegrationTests
 * covers how they get there): confirmed decisions by outcome, and the median days from a case's first run to the
 * confirmation; proposed decisions, other periods and other organizations do not count.
 */
@PassageIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VettingStatisticsIntegrationTests {

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
    Cases cases;
    @Autowired
    VettingOutcomeStatistics statistics;

    UUID ark;
    UUID forest;
    StaffMember coordinator;

    @BeforeAll
    void seed() {
        var staff = new ActingStaff(organizations, directory, jdbc);
        ark = staff.organization("Vetting Stats Ark");
        forest = staff.organization("Vetting Stats Forest");
        coordinator = staff.member(ark, Role.COORDINATOR);
        int[] days = {20, 3, 12, 5, 10, 8};
        for (int i = 0; i < days.length; i++) {
            decided(ark, "NO_CONCERNS", "2025-03-01T10:00:00Z", days[i], "CONFIRMED");
        }
        UUID twice = decided(ark, "CONCERNS_TO_RESOLVE", "2025-05-01T23:30:00Z", 30, "CONFIRMED");
        run(ark, twice, 2, Instant.parse("2025-05-20T10:00:00Z")); // a later run does not move the first one
        decided(ark, "NO_CONCERNS", null, 0, "CONFIRMED"); // no run: an outcome, but no time to it
        decided(ark, "EXCLUSION_1F", "2024-11-01T10:00:00Z", 10, "CONFIRMED"); // confirmed in 2024
        decided(ark, "SECURITY_RISK", "2025-06-01T10:00:00Z", 10, "PROPOSED"); // not confirmed
        decided(forest, "NO_CONCERNS", "2025-06-01T10:00:00Z", 4, "CONFIRMED");
    }

    @Test
    void confirmedDecisionsByOutcomeAndTheMedianTimeFromFirstRun() {
        List<CountTable> tables = statistics.tables(ark, YEAR_2025);
        assertThat(tables).extracting(CountTable::id).containsExactly("vetting-outcomes", "vetting-time-to-decision");
        assertThat(rows(tables.get(0))).containsExactly(List.of("NO_CONCERNS", 7L), List.of("CONCERNS_TO_RESOLVE", 1L),
                List.of("EXCLUSION_1F", 0L), List.of("SECURITY_RISK", 0L));
        // 3, 5, 8, 10, 12, 20, 30 days: the median (nearest rank) is the 4th
        assertThat(rows(tables.get(1))).containsExactly(List.of("confirmed", 7L, 10L));

        List<CountTable> forestTables = statistics.tables(forest, YEAR_2025);
        assertThat(rows(forestTables.get(0)).get(0)).isEqualTo(List.of("NO_CONCERNS", 1L));
        assertThat(rows(forestTables.get(1))).containsExactly(Arrays.asList("confirmed", 1L, null)); // too few for a median

        List<CountTable> year2024 = statistics.tables(ark, new StatisticsPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
        assertThat(rows(year2024.get(0))).contains(List.of("EXCLUSION_1F", 1L), List.of("NO_CONCERNS", 0L));
    }

    @Test
    void thePageShowsTheVettingSectionSuppressed() throws Exception {
        String page = mvc.perform(get("/statistics").param("from", "2025-01-01").param("to", "2025-12-31").with(ActingStaff.as(coordinator)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Vetting decisions by outcome").contains("Time to a confirmed vetting decision");
        String csv = mvc.perform(get("/statistics/vetting-outcomes.csv").param("from", "2025-01-01").param("to", "2025-12-31")
                .with(ActingStaff.as(coordinator))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("Concerns to resolve,<5,[c]").doesNotContain("No concerns,7,").contains("Total,8,100 %");
        String time = mvc.perform(get("/statistics/vetting-time-to-decision.csv").param("from", "2025-01-01").param("to", "2025-12-31")
                .with(ActingStaff.as(coordinator))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(time).contains("Confirmed decisions,7,10")
                .as("the row header is not the count's column name again").contains("\r\nCounted,Decisions,Median (days)\r\n");
    }

    /** A case with a first run {@code days} before a decision reviewed at {@code at} (or no run when {@code at} is null). */
    private UUID decided(UUID org, String outcome, @Nullable String at, int days, String state) {
        UUID caseId = cases.openForApplicant(org, "Проверкин").id().value();
        Instant when = at == null ? Instant.parse("2025-08-01T10:00:00Z") : Instant.parse(at);
        if (at != null) {
            run(org, caseId, 1, when.minus(java.time.Duration.ofDays(days)));
        }
        boolean reviewed = !state.equals("PROPOSED");
        jdbc.sql("""
                insert into vetting_decisions (id, case_id, organization_id, outcome, rationale, cited_findings, proposed_by, proposed_at,
                    state, reviewed_by, reviewed_at)
                values (?, ?, ?, ?, '\\x00', '{}', ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), caseId, org, outcome, UUID.randomUUID(), Timestamp.from(when.minusSeconds(60)), state,
                        reviewed ? UUID.randomUUID() : null, reviewed ? Timestamp.from(when) : null)
                .update();
        return caseId;
    }

    private void run(UUID org, UUID caseId, int number, Instant at) {
        jdbc.sql("insert into vetting_runs (id, case_id, organization_id, number, run_at, run_by) values (?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), caseId, org, number, Timestamp.from(at), UUID.randomUUID()).update();
    }

    private static List<List<@Nullable Object>> rows(CountTable table) {
        return table.rows().stream().map(r -> {
            List<@Nullable Object> row = new ArrayList<>();
            row.add(r.label());
            row.addAll(r.values());
            return row;
        }).toList();
    }
}
