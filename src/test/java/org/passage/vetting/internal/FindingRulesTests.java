package org.passage.vetting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
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
import org.passage.units.UnitPosition;
import org.passage.units.UnitView;
import org.passage.vetting.FindingView.Severity;

/** The rules on hand-made facts: what each finding says, and how severe it is. */
class FindingRulesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final Coordinates HOSTOMEL = new Coordinates(50.5693, 30.2651);
    private final FindingRules rules = new FindingRules(3);
    private final UnitView brigade = new UnitView(UUID.randomUUID(), "64th Separate Motor Rifle Brigade", "51460",
            List.of("64 омсбр"), "35th Combined Arms Army", List.of("Knyaze-Volkonskoye"), List.of());

    @Test
    void serviceInOccupiedUkraineIsSeriousAndSaysSinceWhenAndWhere() {
        ServicePeriod p = period("Hostomel", HOSTOMEL, "2022-03-01", "2022-03-30");
        var checks = List.of(new SnapshotCheck(LocalDate.of(2022, 3, 1), LocalDate.of(2022, 3, 1), LocalDate.of(2022, 3, 4), "nzz_2022-03-01", true, 12.5),
                new SnapshotCheck(LocalDate.of(2022, 3, 5), LocalDate.of(2022, 3, 5), LocalDate.of(2022, 3, 30), "nzz_2022-03-05", true, 10.0));
        var status = new TerritoryStatus(HOSTOMEL, DatePeriod.between(p.dates().earliest(), p.dates().latest()), GeoStatus.OCCUPIED_UKRAINE,
                "Ukraine", "Kyiv Oblast", Occupation.ALL, LocalDate.of(2022, 2, 27), checks, List.of());

        var findings = rules.apply(List.of(facts(p, status, brigade)), new CaseScreeningResults.Results(true, List.of()));

        assertThat(findings).filteredOn(f -> f.kind().equals("territory-occupied")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.SERIOUS);
            assertThat(English.of(f.title())).isEqualTo("Claimed service in Hostomel 2022-03-01..2022-03-30: occupied Ukraine at those dates");
            assertThat(English.of(f.explanation())).contains("Kyiv Oblast", "Occupied since 2022-02-27", "nzz_2022-03-01", "10.0 km");
            assertThat(f.inputs()).containsEntry("status", "occupied-ukraine");
        });
    }

    @Test
    void aGarrisonInRussiaIsInformation() {
        Coordinates voronezh = new Coordinates(51.672, 39.1843);
        ServicePeriod p = period("Voronezh", voronezh, "2021", "");
        var status = new TerritoryStatus(voronezh, DatePeriod.between(p.dates().earliest(), p.dates().latest()), GeoStatus.RUSSIA, "Russia",
                null, Occupation.NOT_CHECKED, null, List.of(), List.of("inside the outline of Russia"));
        var findings = rules.apply(List.of(facts(p, status, brigade)), new CaseScreeningResults.Results(true, List.of()));
        assertThat(findings).filteredOn(f -> f.kind().startsWith("territory")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void aDocumentedLinkIsSeriousAndInferredLinksAreOneLeadToReview() {
        ServicePeriod p = period("Bucha", new Coordinates(50.5436, 30.212), "2022-03", "");
        var killings = link("the Bucha killings", UnitIncidentView.Confidence.CONFIRMED, false, "https://example.org/report");
        var shelling = link("shelling of Irpin", UnitIncidentView.Confidence.POSSIBLE, true);
        var strike = link("strike on Hostomel", UnitIncidentView.Confidence.PROBABLE, true, "https://example.org/strike");
        var facts = new PeriodFacts(p, null, "test", brigade, List.of(killings, shelling, strike), List.of());

        var findings = rules.apply(List.of(facts), new CaseScreeningResults.Results(true, List.of()));

        assertThat(findings).filteredOn(f -> f.kind().equals("unit-incident")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.SERIOUS);
            assertThat(English.of(f.title())).isEqualTo("Unit 64th Separate Motor Rifle Brigade is linked to the Bucha killings"
                    + " (2022-03-01..2022-03-31) during his claimed service");
            assertThat(English.of(f.explanation())).contains("confirmed", "reviewed by an analyst");
            assertThat(f.inputs().get(FindingSources.RECORD)).contains("incidents-bellingcat", "https://example.org/report");
        });
        assertThat(findings).filteredOn(f -> f.kind().equals("unit-incident-leads")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.CONCERN);
            assertThat(English.of(f.title())).startsWith("2 possible incidents near positions of his unit 64th Separate Motor Rifle Brigade").endsWith("— review");
            assertThat(English.of(f.explanation())).contains("Proximity is not participation", "shelling of Irpin", "strike on Hostomel");
        });
        assertThat(findings).filteredOn(f -> f.kind().equals("territory-unchecked")).hasSize(1);
    }

    @Test
    void noPeriodShowsMoreThanFifteenFindingsAndTheSummaryKeepsTheHighestSeverity() {
        ServicePeriod p = period("Bucha", new Coordinates(50.5436, 30.212), "2022-03", "");
        List<UnitIncidentView> links = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            links.add(link("documented incident " + i, UnitIncidentView.Confidence.CONFIRMED, false, "https://example.org/" + i));
        }
        for (int i = 0; i < 148; i++) {
            links.add(link("inferred incident " + i, UnitIncidentView.Confidence.POSSIBLE, true));
        }

        var findings = rules.apply(List.of(new PeriodFacts(p, null, "test", brigade, links, List.of())), new CaseScreeningResults.Results(true, List.of()));

        assertThat(findings).hasSize(FindingRules.PER_PERIOD);
        assertThat(findings).filteredOn(f -> f.kind().equals("period-more")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.SERIOUS);
            assertThat(English.of(f.title())).startsWith("18 more findings for Bucha");
            assertThat(English.of(f.explanation())).contains("16 × documented unit incident", "1 × possible incidents (leads)");
        });
    }

    @Test
    void incidentsNearThePlaceAreFoundWhateverTheUnitAndWeighedByTheirDocumentation() {
        ServicePeriod p = period("Bucha", new Coordinates(50.5436, 30.212), "2022-03", "");
        var established = nearby("killings on Yablunska street", NearbyIncident.Documentation.ESTABLISHED, 0.8, "https://example.org/hrw");
        var reported = List.of(nearby("shelling 1", NearbyIncident.Documentation.SOURCED, 3.2, "https://example.org/1"),
                nearby("shelling 2", NearbyIncident.Documentation.UNSOURCED, 7.9));

        var findings = rules.apply(List.of(new PeriodFacts(p, null, "test", null, List.of(), List.of(),
                java.util.stream.Stream.concat(java.util.stream.Stream.of(established), reported.stream()).toList())), null);

        assertThat(findings).filteredOn(f -> f.kind().equals("place-incident")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.SERIOUS);
            assertThat(English.of(f.title())).isEqualTo("Documented incident 0.8 km from Bucha during his claimed service: killings on Yablunska street"
                    + " (2022-03-01..2022-03-31)");
            assertThat(English.of(f.explanation())).contains("0.8 km", "2022-03-01..2022-03-31", "whatever his unit", "https://example.org/hrw");
            assertThat(f.inputs()).containsKeys(FindingSources.DATASET, FindingSources.RECORD, "distanceKm");
        });
        assertThat(findings).filteredOn(f -> f.kind().equals("place-incidents")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.CONCERN);
            assertThat(English.of(f.title())).isEqualTo("2 reported incidents within 8 km of Bucha during his claimed service");
            assertThat(English.of(f.explanation())).contains("3.2 km", "not established");
        });
        // reported without any publisher link: information only
        var unsourced = rules.apply(List.of(new PeriodFacts(p, null, "test", null, List.of(), List.of(), reported.subList(1, 2))), null);
        assertThat(unsourced).filteredOn(f -> f.kind().equals("place-incidents")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void everyFindingNamesItsDatasetAndRecordAndTheRunAddsTheirVersions() {
        ServicePeriod early = period("Mulino", new Coordinates(56.29, 43.04), "2021-01", "2021-03");
        ServicePeriod late = period("Belgorod", new Coordinates(50.6, 36.6), "2022-03", "");
        var positions = List.of(new UnitPosition(LocalDate.of(2022, 3, 10), HOSTOMEL, "deepstate"));
        var hits = new CaseScreeningResults.Results(false, List.of(
                new CaseScreeningResults.CaseHit("eu-fsf", "eu-1", "IVANOV Ivan", 0.93, CaseScreeningResults.CaseHit.Review.UNREVIEWED)));
        UnitView sanctioned = new UnitView(brigade.id(), brigade.name(), brigade.number(), brigade.aliases(), brigade.parentName(),
                brigade.garrisons(), List.of("64th Separate Motorized Rifle Brigade (EU)"));
        var findings = new java.util.ArrayList<>(rules.apply(List.of(facts(early, null, null),
                new PeriodFacts(late, null, "no coordinates", sanctioned, List.of(
                        link("documented", UnitIncidentView.Confidence.CONFIRMED, false, "https://example.org/d"),
                        link("lead", UnitIncidentView.Confidence.POSSIBLE, true)), positions,
                        List.of(nearby("near", NearbyIncident.Documentation.SOURCED, 2, "https://example.org/n")))), hits));
        findings.addAll(rules.apply(List.of(), null));

        assertThat(findings).hasSizeGreaterThan(8).allSatisfy(f -> {
            assertThat(f.inputs().get(FindingSources.DATASET)).as(f.kind()).isNotBlank();
            assertThat(f.inputs().get(FindingSources.RECORD)).as(f.kind()).isNotBlank();
        });
        var versioned = FindingSources.versioned(findings.getFirst(), name -> "2026-12-05 3f2a9c1e");
        assertThat(versioned.inputs().get(FindingSources.VERSIONS)).contains("boundaries-natural-earth 2026-12-05 3f2a9c1e");
        assertThat(FindingSources.line(versioned.inputs())).contains("[", "—");
    }

    private static NearbyIncident nearby(String title, NearbyIncident.Documentation documentation, double km, String... urls) {
        return new NearbyIncident(UUID.randomUUID(), new IncidentRecord("incidents-cir", "UW" + Math.abs(title.hashCode())), title, "Bucha",
                new Coordinates(50.54, 30.21), LocalDate.of(2022, 3, 1), LocalDate.of(2022, 3, 31), "Civilians harmed.", List.of(urls),
                documentation, km);
    }

    private static UnitIncidentView link(String title, UnitIncidentView.Confidence confidence, boolean inferred, String... urls) {
        return new UnitIncidentView(UUID.randomUUID(), title, "Bucha", null, LocalDate.of(2022, 3, 1), LocalDate.of(2022, 3, 31),
                "Civilians harmed.", confidence, List.of(urls), !inferred, inferred,
                new IncidentRecord("incidents-bellingcat", "CIV" + Math.abs(title.hashCode())), inferred ? "Inferred: 4.2 km, 2 days" : "analyst");
    }

    @Test
    void unitPositionsFarFromTheClaimedPlaceAreAConcern() {
        ServicePeriod p = period("Belgorod", new Coordinates(50.6, 36.6), "2022-03", "");
        var positions = List.of(new UnitPosition(LocalDate.of(2022, 3, 10), HOSTOMEL, "deepstate"));
        var findings = rules.apply(List.of(new PeriodFacts(p, null, "x", brigade, List.of(), positions)), null);
        assertThat(findings).filteredOn(f -> f.kind().equals("unit-far")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.CONCERN);
            assertThat(English.of(f.title())).contains("km from Belgorod on 2022-03-10");
        });
        assertThat(findings).filteredOn(f -> f.kind().equals("screening-unavailable")).hasSize(1);
    }

    @Test
    void aScreeningFindingNamesTheListVersionAndDatasetVersionItRestsOn() {
        var hits = new CaseScreeningResults.Results(true, List.of(new CaseScreeningResults.CaseHit("eu", "eu-1", "IVANOV Ivan", 0.93,
                CaseScreeningResults.CaseHit.Review.UNREVIEWED, "eu version 3, dataset eu-fsf 2026-12-07 3f2a9c1e")));
        var finding = rules.apply(List.of(), hits).stream().filter(f -> f.kind().equals("screening-unreviewed")).findFirst().orElseThrow();
        // it named "eu": no catalogue dataset of that name, so no version at all
        assertThat(finding.inputs().get(FindingSources.DATASET)).isEqualTo("eu version 3, dataset eu-fsf 2026-12-07 3f2a9c1e");
        assertThat(FindingSources.versioned(finding, name -> "2026-12-07 3f2a9c1e").inputs().get(FindingSources.VERSIONS))
                .contains("eu-fsf 2026-12-07 3f2a9c1e");
        assertThat(finding.inputs().get(FindingSources.RECORD)).contains("eu-1", "IVANOV Ivan", "0.93");
    }

    @Test
    void aConfirmedScreeningFindingSaysWhoDecidedAndWhoConfirmedAsTheSecondPerson() {
        var hits = new CaseScreeningResults.Results(true, List.of(
                new CaseScreeningResults.CaseHit("eu", "eu-1", "IVANOV Ivan", 0.93, CaseScreeningResults.CaseHit.Review.CONFIRMED, "eu",
                        new CaseScreeningResults.CaseHit.Signers("Anna Proposer", "Boris Second")),
                new CaseScreeningResults.CaseHit("ofac", "sdn-1", "IVANOV I.", 0.91, CaseScreeningResults.CaseHit.Review.CONFIRMED, "ofac",
                        new CaseScreeningResults.CaseHit.Signers("Vera Before", null))));
        var findings = rules.apply(List.of(), hits).stream().filter(f -> f.kind().equals("screening-confirmed")).toList();
        // the dossier states the finding as the vetting does: it said "An analyst confirmed", whoever and however many
        assertThat(English.of(findings.get(0).explanation())).contains("Decided by Anna Proposer, confirmed by Boris Second as the second person.");
        assertThat(English.of(findings.get(1).explanation())).contains("Decided by Vera Before alone, before screening decisions needed a second person.");
    }

    @Test
    void unknownUnitsGapsAndScreeningHits() {
        ServicePeriod early = period("Mulino", new Coordinates(56.29, 43.04), "2021-01", "2021-03");
        ServicePeriod late = period("Mulino", new Coordinates(56.29, 43.04), "2021-09", "2021-10");
        var hits = new CaseScreeningResults.Results(true, List.of(
                new CaseScreeningResults.CaseHit("eu-sanctions", "eu-1", "IVANOV Ivan", 0.93, CaseScreeningResults.CaseHit.Review.CONFIRMED),
                new CaseScreeningResults.CaseHit("ofac-sdn", "sdn-2", "IVANOV I.", 0.81, CaseScreeningResults.CaseHit.Review.UNREVIEWED)));

        var findings = rules.apply(List.of(facts(late, null, null), facts(early, null, null)), hits);

        assertThat(findings).filteredOn(f -> f.kind().equals("unit-unknown")).hasSize(2)
                .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.CONCERN));
        assertThat(findings).filteredOn(f -> f.kind().equals("gap")).singleElement()
                .satisfies(f -> assertThat(English.of(f.title())).isEqualTo("Gap of 5 months with no account (2021-04-01..2021-08-31)"));
        assertThat(findings).filteredOn(f -> f.kind().equals("screening-confirmed")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.SERIOUS));
        assertThat(findings).filteredOn(f -> f.kind().equals("screening-unreviewed")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.CONCERN));
    }

    @Test
    void aGapOfThreeMonthsOrLessIsNoFinding() {
        ServicePeriod early = period("Mulino", new Coordinates(56.29, 43.04), "2021-01", "");
        ServicePeriod late = period("Mulino", new Coordinates(56.29, 43.04), "2021-05", "");
        assertThat(rules.apply(List.of(facts(early, null, null), facts(late, null, null)), null))
                .noneMatch(f -> f.kind().equals("gap"));
    }

    private static PeriodFacts facts(ServicePeriod p, @Nullable TerritoryStatus status, @Nullable UnitView unit) {
        return new PeriodFacts(p, status, status == null ? "not asked" : null, unit, List.of(), List.of());
    }

    private static ServicePeriod period(String place, Coordinates at, String from, String to) {
        var dates = ClaimedDates.of(from, to, TODAY);
        var claim = new ServiceClaim("64 омсбр", "driver", place, "", at.latitude(), at.longitude(), from, to, "", false, "");
        return new ServicePeriod(UUID.randomUUID(), CaseId.random(), claim, null, dates, SourceKind.STATEMENT, Instant.EPOCH, UUID.randomUUID());
    }
}
