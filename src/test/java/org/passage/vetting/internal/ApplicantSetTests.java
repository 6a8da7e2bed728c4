package org.passage.vetting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.passage.cases.CaseId;
import org.passage.geo.Coordinates;
import org.passage.geo.DatePeriod;
import org.passage.geo.GeoStatus;
import org.passage.geo.Occupation;
import org.passage.geo.SnapshotCheck;
import org.passage.geo.TerritoryStatus;
import org.passage.screening.CaseScreeningResults;
import org.passage.units.IncidentRecord;
import org.passage.units.NearbyIncident;
import org.passage.units.UnitIncidentView;
import org.passage.units.UnitView;
import org.passage.vetting.FindingView.Severity;

/**
 * A small applicant set written from public documentation (OHCHR and HRW reports on Yahidne and Bucha, the EU's
 * sanctions of 2022/878, NZZ's map dates), measured as issue 13 asks: every expected red flag (a SERIOUS finding of
 * the expected kind) raised, no other red flag, no finding without its dataset and record, at most 15 findings for any
 * period. The facts are what geo and units would answer; the rules decide. It prints one line per applicant.
 */
class ApplicantSetTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private final FindingRules rules = new FindingRules(3);
    private static final CaseScreeningResults.Results NO_HITS = new CaseScreeningResults.Results(true, List.of());

    record Applicant(String name, List<PeriodFacts> periods, CaseScreeningResults.Results screening, Set<String> expectedRedFlags) {
    }

    @Test
    void noRedFlagMissedNoneFalseEveryFindingSourcedAtMostFifteenPerPeriod() {
        List<Applicant> set = applicants();
        int missed = 0;
        int falseFlags = 0;
        int unsourced = 0;
        int maxPerPeriod = 0;
        List<String> report = new ArrayList<>();
        for (Applicant a : set) {
            List<Finding.Draft> findings = rules.apply(a.periods(), a.screening()).stream()
                    .map(d -> FindingSources.versioned(d, n -> "2026-12-05 3f2a9c1e")).toList();
            Set<String> raised = findings.stream().filter(f -> f.severity() == Severity.SERIOUS).map(Finding.Draft::kind)
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> miss = new TreeSet<>(a.expectedRedFlags());
            miss.removeAll(raised);
            Set<String> extra = new TreeSet<>(raised);
            extra.removeAll(a.expectedRedFlags());
            missed += miss.size();
            falseFlags += extra.size();
            unsourced += (int) findings.stream().filter(f -> f.inputs().getOrDefault(FindingSources.DATASET, "").isBlank()
                    || f.inputs().getOrDefault(FindingSources.RECORD, "").isBlank()).count();
            Map<String, Long> perPeriod = findings.stream().filter(f -> f.inputs().containsKey("period"))
                    .collect(Collectors.groupingBy(f -> f.inputs().get("period"), Collectors.counting()));
            long most = perPeriod.values().stream().mapToLong(Long::longValue).max().orElse(0);
            maxPerPeriod = (int) Math.max(maxPerPeriod, most);
            int bytes = findings.stream().mapToInt(f -> English.of(f.title()).length() + English.of(f.explanation()).length()
                    + FindingSources.line(f.inputs()).length()).sum();
            report.add(String.format("%-34s expected %-40s raised %-40s findings %2d (max/period %2d) ~%d chars",
                    a.name(), a.expectedRedFlags(), raised, findings.size(), most, bytes));
        }
        report.forEach(System.out::println);
        System.out.printf("applicants %d, missed red flags %d, false red flags %d, findings without source %d, max findings per period %d%n",
                set.size(), missed, falseFlags, unsourced, maxPerPeriod);
        assertThat(missed).as("missed red flags").isZero();
        assertThat(falseFlags).as("false red flags").isZero();
        assertThat(unsourced).as("findings without source").isZero();
        assertThat(maxPerPeriod).as("max findings per period").isLessThanOrEqualTo(FindingRules.PER_PERIOD);
    }

    private List<Applicant> applicants() {
        Coordinates mulino = new Coordinates(56.29, 43.04);
        Coordinates kaliningrad = new Coordinates(54.71, 20.51);
        Coordinates melitopol = new Coordinates(46.8489, 35.3675);
        Coordinates bucha = new Coordinates(50.5436, 30.2120);
        Coordinates yahidne = new Coordinates(51.4203, 31.2233);
        Coordinates belgorod = new Coordinates(50.5977, 36.5858);
        Coordinates sevastopol = new Coordinates(44.6054, 33.5221);
        Coordinates valuyki = new Coordinates(50.2111, 38.1003);
        UnitView brigade64 = unit("64th Separate Motor Rifle Brigade", "51460", List.of("EU 2022/878: 64th Separate Motorised Rifle Brigade"));
        UnitView division2 = unit("2nd Guards Motor Rifle Division", "23626", List.of());
        UnitView regiment = unit("1st Guards Tank Regiment", "58190", List.of());
        List<Applicant> set = new ArrayList<>();

        ServicePeriod conscript = period("Mulino", mulino, "2020-11", "2021-11", "2 гв мсд");
        set.add(new Applicant("clean conscript, Mulino 2020-21", List.of(new PeriodFacts(conscript,
                russia(conscript, mulino), null, division2, List.of(), List.of())), NO_HITS, Set.of()));

        ServicePeriod baltic = period("Kaliningrad", kaliningrad, "2019-05", "2020-05", "в/ч 00000");
        set.add(new Applicant("clean, unknown unit, Kaliningrad", List.of(new PeriodFacts(baltic, russia(baltic, kaliningrad), null, null,
                List.of(), List.of())), NO_HITS, Set.of()));

        ServicePeriod south = period("Melitopol", melitopol, "2022-06", "2022-09", "unknown");
        set.add(new Applicant("occupied Melitopol summer 2022", List.of(new PeriodFacts(south, occupied(south, melitopol,
                LocalDate.of(2022, 2, 26)), null, null, List.of(), List.of())), NO_HITS, Set.of("territory-occupied")));

        ServicePeriod kyiv = period("Bucha", bucha, "2022-03", "", "64 омсбр");
        var documented = new UnitIncidentView(UUID.randomUUID(), "killings of civilians in Bucha", "Bucha", bucha, LocalDate.of(2022, 3, 4),
                LocalDate.of(2022, 3, 31), "Documented by OHCHR and HRW.", UnitIncidentView.Confidence.CONFIRMED,
                List.of("https://www.hrw.org/news/2022/04/21/ukraine-russian-forces-trail-death-bucha"), true, false,
                new IncidentRecord("analyst", "bucha-2022-03"), "EU 2022/878 and OHCHR report");
        List<UnitIncidentView> links = new ArrayList<>(List.of(documented));
        for (int i = 0; i < 60; i++) {
            links.add(inferred("shelling report " + i, bucha));
        }
        set.add(new Applicant("64th brigade, Bucha March 2022", List.of(new PeriodFacts(kyiv, occupied(kyiv, bucha, LocalDate.of(2022, 3, 9)),
                null, brigade64, links, List.of(), List.of())), NO_HITS, Set.of("territory-occupied", "unit-incident")));

        ServicePeriod north = period("Yahidne", yahidne, "2022-03-03", "2022-03-30", "в/ч не помню");
        var basement = new NearbyIncident(UUID.randomUUID(), new IncidentRecord("analyst", "yahidne-school"), "confinement of villagers in the school basement",
                "Yahidne", yahidne, LocalDate.of(2022, 3, 3), LocalDate.of(2022, 3, 30), "Over 300 villagers held for 27 days (OHCHR).",
                List.of("https://www.ohchr.org/en/documents/reports/ukraine-civilian-casualties"), NearbyIncident.Documentation.ESTABLISHED, 0.3);
        set.add(new Applicant("unknown unit, Yahidne March 2022", List.of(new PeriodFacts(north, ukraine(north, yahidne), null, null, List.of(),
                List.of(), List.of(basement))), NO_HITS, Set.of("place-incident")));

        ServicePeriod border = period("Belgorod", belgorod, "2022-03", "2022-05", "1 гв тп");
        List<UnitIncidentView> leads = new ArrayList<>();
        for (int i = 0; i < 148; i++) {
            leads.add(inferred("incident near Kharkiv " + i, new Coordinates(50.0, 36.3)));
        }
        set.add(new Applicant("trap: 148 inferred links, Belgorod", List.of(new PeriodFacts(border, russia(border, belgorod), null, regiment,
                leads, List.of())), NO_HITS, Set.of()));

        ServicePeriod sanctioned = period("Valuyki", valuyki, "2019", "", "64 омсбр");
        set.add(new Applicant("trap: sanctioned unit in 2019, Russia", List.of(new PeriodFacts(sanctioned, russia(sanctioned, valuyki), null,
                brigade64, List.of(), List.of())), NO_HITS, Set.of()));

        ServicePeriod crimea = period("Sevastopol", sevastopol, "2012", "2015", "810 обрмп");
        set.add(new Applicant("Sevastopol 2012-2015", List.of(new PeriodFacts(crimea, crimea(crimea, sevastopol), null, null, List.of(),
                List.of())), NO_HITS, Set.of("territory-occupied")));

        ServicePeriod listed = period("Mulino", mulino, "2021", "", "2 гв мсд");
        set.add(new Applicant("confirmed list match", List.of(new PeriodFacts(listed, russia(listed, mulino), null, division2, List.of(), List.of())),
                new CaseScreeningResults.Results(true, List.of(new CaseScreeningResults.CaseHit("eu-fsf", "eu-123", "PETROV Petr",
                        0.97, CaseScreeningResults.CaseHit.Review.CONFIRMED))), Set.of("screening-confirmed")));
        return set;
    }

    private static UnitIncidentView inferred(String title, Coordinates at) {
        return new UnitIncidentView(UUID.randomUUID(), title, "Kharkiv oblast", at, LocalDate.of(2022, 4, 2), LocalDate.of(2022, 4, 2), "",
                UnitIncidentView.Confidence.POSSIBLE, List.of("https://example.org/" + Math.abs(title.hashCode())), false, true,
                new IncidentRecord("incidents-bellingcat", "CIV" + Math.abs(title.hashCode())), "Inferred: 12 km, 5 days");
    }

    private static UnitView unit(String name, String number, List<String> sanctions) {
        return new UnitView(UUID.randomUUID(), name, number, List.of(), null, List.of(), sanctions);
    }

    private static TerritoryStatus russia(ServicePeriod p, Coordinates at) {
        return status(p, at, GeoStatus.RUSSIA, Occupation.NOT_CHECKED, null, List.of());
    }

    private static TerritoryStatus ukraine(ServicePeriod p, Coordinates at) {
        return status(p, at, GeoStatus.UKRAINE, Occupation.NONE, null, List.of(new SnapshotCheck(p.dates().earliest(), p.dates().earliest(),
                p.dates().latest(), "nzz_" + p.dates().earliest(), false, 4.0)));
    }

    private static TerritoryStatus occupied(ServicePeriod p, Coordinates at, LocalDate since) {
        return status(p, at, GeoStatus.OCCUPIED_UKRAINE, Occupation.ALL, since, List.of(new SnapshotCheck(p.dates().earliest(),
                p.dates().earliest(), p.dates().latest(), "nzz_" + p.dates().earliest(), true, 20.0)));
    }

    private static TerritoryStatus crimea(ServicePeriod p, Coordinates at) {
        var from = LocalDate.of(2014, 2, 20);
        return new TerritoryStatus(at, DatePeriod.between(from, p.dates().latest()), GeoStatus.OCCUPIED_UKRAINE, "Ukraine", "Sevastopol",
                Occupation.ALL, from, List.of(new SnapshotCheck(from, from, p.dates().latest(), "crimea", true, null)), List.of(), List.of(), List.of());
    }

    private static TerritoryStatus status(ServicePeriod p, Coordinates at, GeoStatus s, Occupation o, @Nullable LocalDate since,
                                          List<SnapshotCheck> checks) {
        return new TerritoryStatus(at, DatePeriod.between(p.dates().earliest(), p.dates().latest()), s, s == GeoStatus.RUSSIA ? "Russia" : "Ukraine",
                null, o, since, checks, List.of(), List.of(), List.of());
    }

    private static ServicePeriod period(String place, Coordinates at, String from, String to, String unit) {
        var dates = ClaimedDates.of(from, to, TODAY);
        var claim = new ServiceClaim(unit, "soldier", place, "", at.latitude(), at.longitude(), from, to, "", false, "");
        return new ServicePeriod(UUID.randomUUID(), CaseId.random(), claim, null, dates, SourceKind.STATEMENT, Instant.EPOCH, UUID.randomUUID());
    }
}
