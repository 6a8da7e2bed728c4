package org.passage.vetting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.passage.cases.CaseId;
import org.passage.geo.Coordinates;
import org.passage.geo.DatePeriod;
import org.passage.geo.GeoData;
import org.passage.geo.GeoFixtures;
import org.passage.geo.Territory;
import org.passage.screening.CaseScreeningResults;
import org.passage.vetting.FindingView.Severity;

/**
 * Issue 12 on the vetting side, with only the data that ships with Passage: a place and date nobody could check
 * gives a {@code territory-unchecked} concern, never "held by Ukraine"; Crimea names its legal sources; a period
 * that began before 2014 is not "occupied for the whole period"; stale data is a concern of its own.
 */
class FailClosedFindingsTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final Territory bare = GeoData.load(null, GeoFixtures.TODAY).territory();
    private final FindingRules rules = new FindingRules(3);

    static Stream<Arguments> uncheckable() {
        return Stream.of(Arguments.of("Bucha", GeoFixtures.BUCHA, "2022-03-15", "2022-03-15"),
                Arguments.of("Izium", new Coordinates(49.2128, 37.2569), "2022-06-01", "2022-06-30"),
                Arguments.of("Mariupol", new Coordinates(47.0971, 37.5434), "2023-03-01", "2023-03-31"),
                Arguments.of("Donetsk", GeoFixtures.DONETSK, "2021-03-01", "2021-03-31"));
    }

    @ParameterizedTest(name = "{0} {2}: territory-unchecked")
    @MethodSource("uncheckable")
    void whatCouldNotBeCheckedIsAConcernAndNeverHeldByUkraine(String place, Coordinates at, String from, String to) {
        ServicePeriod p = period(place, at, from, to);
        var status = bare.status(at, DatePeriod.between(p.dates().earliest(), p.dates().latest()));
        var findings = rules.apply(List.of(facts(p, status)), new CaseScreeningResults.Results(true, List.of()));
        assertThat(findings).filteredOn(f -> f.identity().startsWith("territory:")).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo("territory-unchecked");
            assertThat(f.severity()).isEqualTo(Severity.CONCERN);
            assertThat(f.inputs()).containsEntry("status", "unchecked");
            assertThat(English.of(f.title()) + English.of(f.explanation())).contains("not checked").contains("./passage data update")
                    .doesNotContainIgnoringCase("held by Ukraine").doesNotContainIgnoringCase("not occupied");
        });
    }

    @Test
    void crimeaFromTheRulesNamesItsSource() {
        ServicePeriod p = period("Simferopol", GeoFixtures.SIMFEROPOL, "2019-01-01", "2019-12-31");
        var status = bare.status(GeoFixtures.SIMFEROPOL, DatePeriod.between(p.dates().earliest(), p.dates().latest()));
        var findings = rules.apply(List.of(facts(p, status)), new CaseScreeningResults.Results(true, List.of()));
        assertThat(findings).filteredOn(f -> f.kind().equals("territory-occupied")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.SERIOUS);
            assertThat(English.of(f.explanation())).contains("68/262").contains("https://zakon.rada.gov.ua/laws/show/1207-18")
                    .contains("for the whole period");
            assertThat(f.inputs().get("sources")).contains("https://digitallibrary.un.org/record/767565");
        });
    }

    @Test
    void sevastopolFrom2012To2015IsNotOccupiedForTheWholePeriod() {
        ServicePeriod p = period("Sevastopol", GeoFixtures.SEVASTOPOL, "2012", "2015");
        // as VettingRun asks: the period cut to what the data covers (from 2014-02-20)
        var coverage = bare.coverage();
        var status = bare.status(GeoFixtures.SEVASTOPOL, DatePeriod.between(coverage.from(), p.dates().latest()));
        var findings = rules.apply(List.of(facts(p, status)), new CaseScreeningResults.Results(true, List.of()));
        assertThat(findings).filteredOn(f -> f.kind().equals("territory-occupied")).singleElement().satisfies(f -> {
            assertThat(English.of(f.explanation())).doesNotContain("for the whole period").contains("from 2014-02-20 only");
        });
    }

    @Test
    void staleDataIsAConcernOnce() {
        Territory stale = GeoData.load(GeoFixtures.fixtureData(), GeoFixtures.TODAY).territory();
        ServicePeriod a = period("Bucha", GeoFixtures.BUCHA, "2022-03-10", "2022-03-20");
        ServicePeriod b = period("Bucha", GeoFixtures.BUCHA, "2022-06-10", "2022-06-20");
        var facts = Stream.of(a, b).map(p -> facts(p, stale.status(p.coordinates(), DatePeriod.between(p.dates().earliest(),
                p.dates().latest())))).toList();
        var findings = rules.apply(facts, new CaseScreeningResults.Results(true, List.of()));
        assertThat(findings).filteredOn(f -> f.kind().equals("territory-data-stale")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.CONCERN);
            assertThat(English.of(f.explanation())).contains("2024-07-14");
        });
    }

    @Test
    void aPeriodReachingPastTheLastSnapshotIsNotHeldByUkraineThroughout() {
        Territory fixture = GeoData.load(GeoFixtures.fixtureData(), GeoFixtures.TODAY).territory();
        ServicePeriod p = period("Lviv", GeoFixtures.LVIV, "2024-01-01", "2025-06-30");
        var status = fixture.status(GeoFixtures.LVIV, DatePeriod.between(p.dates().earliest(), fixture.coverage().to()));
        var findings = rules.apply(List.of(facts(p, status)), new CaseScreeningResults.Results(true, List.of()));
        assertThat(findings).filteredOn(f -> f.identity().startsWith("territory:")).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo("territory-unchecked");
            assertThat(English.of(f.explanation())).contains("2024-07-15..2025-06-30").doesNotContainIgnoringCase("held by Ukraine");
        });
    }

    @Test
    void theMapOfAnUncheckedDaySaysSoInsteadOfShadingCrimeaAlone() {
        var marker = new MapDrawing.Marker("Bucha 2022-03-15", GeoFixtures.BUCHA, "unchecked", true);
        String svg = MapDrawing.around(List.of(marker)).draw(bare.mapLayers(LocalDate.of(2022, 3, 15)), List.of(marker),
                LocalDate.of(2022, 3, 15), "caption");
        assertThat(svg).contains("class=\"map-unchecked\"").contains("Occupation NOT checked on 2022-03-15");
    }

    private static PeriodFacts facts(ServicePeriod p, org.passage.geo.TerritoryStatus status) {
        return new PeriodFacts(p, status, null, null, List.of(), List.of());
    }

    private static ServicePeriod period(String place, Coordinates at, String from, String to) {
        var dates = ClaimedDates.of(from, to, TODAY);
        var claim = new ServiceClaim("64 омсбр", "driver", place, "", at.latitude(), at.longitude(), from, to, "", false, "");
        return new ServicePeriod(UUID.randomUUID(), CaseId.random(), claim, null, dates, SourceKind.STATEMENT, Instant.EPOCH, UUID.randomUUID());
    }
}
