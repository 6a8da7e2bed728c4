package org.passage.vetting.internal;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.cases.Cases;
import org.passage.cases.CaseRef;
import org.passage.cases.Stage;
import org.passage.demo.DemoData;
import org.passage.demo.DemoSeeder;
import org.passage.organizations.Organizations;
import org.passage.organizations.StaffDirectory;
import org.passage.units.UnitDirectory;
import org.passage.vetting.DecisionView.Outcome;
import org.passage.vetting.FindingView.Severity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo case at the vetting stage gets three service periods (a garrison in Russia, Bucha in March 2022,
 * Belgorod later), a vetting run on whatever geo data is present (with only the bundled borders, the findings say
 * that occupation after 2022 was not checked) and a decision proposed by "analyst" for "analyst2" to confirm.
 */
@Component
class DemoVetting implements DemoSeeder {

    private final Cases cases;
    private final Organizations organizations;
    private final StaffDirectory staff;
    private final UnitDirectory units;
    private final ServiceHistory history;
    private final FindingLog findings;
    private final Decisions decisions;
    private final VettingRun run;
    private final Clock clock;

    DemoVetting(Cases cases, Organizations organizations, StaffDirectory staff, UnitDirectory units, ServiceHistory history,
                FindingLog findings, Decisions decisions, VettingRun run, Clock clock) {
        this.cases = cases;
        this.organizations = organizations;
        this.staff = staff;
        this.units = units;
        this.history = history;
        this.findings = findings;
        this.decisions = decisions;
        this.run = run;
        this.clock = clock;
    }

    @Override
    public DemoData step() {
        return DemoData.VETTING;
    }

    @Override
    @Transactional
    public void seed(PrintStream console) {
        var organization = organizations.findByName("Ark Demo");
        var analyst = staff.findByUsername("analyst");
        if (organization.isEmpty() || analyst.isEmpty()) {
            return;
        }
        UUID org = organization.get().id();
        CaseRef ref = cases.ofOrganization(org, "demo.seed").stream().filter(c -> c.stage() == Stage.VETTING).findFirst().orElse(null);
        if (ref == null || !history.of(org, ref.id()).isEmpty()) {
            return;
        }
        UUID by = analyst.get().id();
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        List<ServicePeriod> periods = List.of(
                period(ref, "в/ч 12128, Алабино", "рядовой, водитель", "Воронеж", 51.672, 39.1843, "2020-11", "2021", SourceKind.DOCUMENT,
                        "военный билет, с. 4–5", false, today, now, by),
                period(ref, "64 омсбр", "водитель", "Буча", 50.5436, 30.2120, "2022-03", "", SourceKind.STATEMENT,
                        "его рассказ на первом интервью", false, today, now, by),
                period(ref, "64 омсбр", "водитель", "Белгород", 50.5977, 36.5858, "2022-06", "2022-09", SourceKind.WITNESS,
                        "сослуживец, связь через организацию", true, today, now, by));
        periods.forEach(p -> history.save(org, p));
        var drafts = run.rules.apply(periods.stream().map(run::facts).toList(), null);
        FindingLog.Run stored = findings.startRun(org, ref.id(), now, by);
        int position = 0;
        List<UUID> serious = new java.util.ArrayList<>();
        for (Finding.Draft d : drafts) {
            var f = new Finding(UUID.randomUUID(), stored.id(), d.severity(), d.kind(), d.identity(), d.title(), d.explanation(), d.inputs(),
                    false, now, by, List.of());
            findings.add(org, ref.id(), f, position++);
            if (d.severity() != Severity.INFO) {
                serious.add(f.id());
            }
        }
        decisions.propose(org, ref.id(), new Decision(UUID.randomUUID(), Outcome.CONCERNS_TO_RESOLVE,
                "По его словам, в марте 2022 года он был в Буче с частью, которая не установлена. До любой рекомендации"
                        + " запросить страницы военного билета за этот период и рассказ свидетеля.",
                serious, by, now, Decision.State.PROPOSED, null, null, null, null, null, null));
        console.println("Demo vetting: 3 service periods, " + drafts.size() + " findings and a proposed decision on the case at"
                + " the vetting stage, " + ref.code() + " (log in as analyst2, who works on it too, to confirm it).");
    }

    private ServicePeriod period(CaseRef ref, String unitText, String role, String place, double lat, double lon, String from, String to,
                                 SourceKind kind, String source, boolean identifies, LocalDate today, Instant now, UUID by) {
        var dates = ClaimedDates.of(from, to, today);
        @Nullable UUID unit = units.resolve(unitText, 1).stream().filter(m -> m.score() >= 0.75).findFirst().map(m -> m.unit().id()).orElse(null);
        var claim = new ServiceClaim(unitText, role, place, "", lat, lon, dates.fromText(), dates.toText(), source, identifies,
                "");
        return new ServicePeriod(UUID.randomUUID(), ref.id(), claim, unit, dates, kind, now, by);
    }
}
