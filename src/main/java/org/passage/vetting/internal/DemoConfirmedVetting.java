package org.passage.vetting.internal;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.passage.cases.Cases;
import org.passage.cases.CaseRef;
import org.passage.cases.Stage;
import org.passage.demo.DemoData;
import org.passage.demo.DemoSeeder;
import org.passage.organizations.Organizations;
import org.passage.organizations.StaffDirectory;
import org.passage.vetting.DecisionView.Outcome;
import org.passage.vetting.VettingDecided;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo case at the visa stage (the one the demo lawyer works on) gets a finished vetting: one documented
 * service period far from the front, a run, and a "no concerns" decision proposed by "analyst" and confirmed by
 * "analyst2". With its vetting locked, a newcomer can export its dossier at once.
 */
@Component
class DemoConfirmedVetting implements DemoSeeder {

    private final Cases cases;
    private final Organizations organizations;
    private final StaffDirectory staff;
    private final ServiceHistory history;
    private final FindingLog findings;
    private final Decisions decisions;
    private final VettingRun run;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DemoConfirmedVetting(Cases cases, Organizations organizations, StaffDirectory staff, ServiceHistory history, FindingLog findings,
                         Decisions decisions, VettingRun run, ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.organizations = organizations;
        this.staff = staff;
        this.history = history;
        this.findings = findings;
        this.decisions = decisions;
        this.run = run;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public DemoData step() {
        return DemoData.CONFIRMED_VETTING;
    }

    @Override
    @Transactional
    public void seed(PrintStream console) {
        var organization = organizations.findByName("Ark Demo");
        var analyst = staff.findByUsername("analyst");
        var analyst2 = staff.findByUsername("analyst2");
        if (organization.isEmpty() || analyst.isEmpty() || analyst2.isEmpty()) {
            return;
        }
        UUID org = organization.get().id();
        CaseRef ref = cases.ofOrganization(org, "demo.seed").stream().filter(c -> c.stage() == Stage.VISA_APPLIED).findFirst().orElse(null);
        if (ref == null || !history.of(org, ref.id()).isEmpty() || !decisions.of(org, ref.id()).isEmpty()) {
            return;
        }
        UUID by = analyst.get().id();
        Instant now = clock.instant();
        var dates = ClaimedDates.of("2019-05", "2020-05", LocalDate.now(clock));
        var claim = new ServiceClaim("в/ч 32516, Мурманск", "рядовой, связист", "Мурманск", "", 68.9585, 33.0827, dates.fromText(),
                dates.toText(), "военный билет, с. 2–3 (срочная служба)", false, "");
        var period = new ServicePeriod(UUID.randomUUID(), ref.id(), claim, null, dates, SourceKind.DOCUMENT, now, by);
        history.save(org, period);
        var drafts = run.rules.apply(List.of(run.facts(period)), null);
        FindingLog.Run stored = findings.startRun(org, ref.id(), now, by);
        int position = 0;
        for (Finding.Draft d : drafts) {
            findings.add(org, ref.id(), new Finding(UUID.randomUUID(), stored.id(), d.severity(), d.kind(), d.identity(), d.title(),
                    d.explanation(), d.inputs(), false, now, by, List.of()), position++);
        }
        var decision = new Decision(UUID.randomUUID(), Outcome.NO_CONCERNS,
                "Срочная служба в 2019–2020 годах в Мурманске, подтверждена военным билетом; после февраля 2022 года не служил.",
                List.of(), by, now, Decision.State.PROPOSED, null, null, null, null, null, null);
        decisions.propose(org, ref.id(), decision);
        decisions.review(org, ref.id(), decision.id(), Decision.State.CONFIRMED, analyst2.get().id(), now, "Страницы билета проверил: согласен.");
        events.publishEvent(new VettingDecided(ref.id(), Outcome.NO_CONCERNS, now));
        // named by its code: the lawyer works on some twenty cases at the visa stage, and only this one has a decision
        console.println("Demo vetting: the case at the visa stage " + ref.code() + " has a confirmed decision (analyst, then analyst2);"
                + " log in as lawyer to export its dossier.");
    }
}
