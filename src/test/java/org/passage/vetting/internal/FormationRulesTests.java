package org.passage.vetting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.passage.cases.CaseId;
import org.passage.geo.Coordinates;
import org.passage.screening.CaseScreeningResults;
import org.passage.units.FormationIncident;
import org.passage.units.IncidentRecord;
import org.passage.units.UnitIncidentView;
import org.passage.units.UnitView;
import org.passage.vetting.FindingView.Severity;

/** The hierarchy, existence and list-match rules on hand-made facts. */
class FormationRulesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private final FindingRules rules = new FindingRules(3);
    private final UnitView regiment = new UnitView(UUID.randomUUID(), "331st Guards Airborne Regiment", "71211", List.of(),
            "98th Guards Airborne Division", List.of(), List.of());

    @Test
    void aParentsLinkIsAConcernSaidThroughWhichUnitItComes() {
        ServicePeriod p = period("2014-08", "");
        var facts = facts(p, regiment, List.of(), List.of(formation(FormationIncident.Relation.PARENT, false)));

        var findings = rules.apply(List.of(facts), new CaseScreeningResults.Results(true, List.of()));

        assertThat(findings).filteredOn(f -> f.kind().equals("formation-incident")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.CONCERN);
            assertThat(English.of(f.title())).isEqualTo("Through 98th Guards Airborne Division (the formation his unit belongs to): linked to "
                    + "Battle of Ilovaisk (2014-08-24..2014-08-29)");
            assertThat(English.of(f.explanation())).contains("uawardata units_all.csv line 4", "not every unit around it");
            assertThat(f.inputs()).containsEntry("via", "98th Guards Airborne Division").containsEntry("relation", "PARENT");
            assertThat(f.inputs().get(FindingSources.RECORD)).contains("curated-2014-2021 ILOVAISK-2014", "https://example.org/ilovaisk");
        });
    }

    @Test
    void aLinkDocumentingTheWholeFormationAboveIsSeriousButAChildsNeverIs() {
        ServicePeriod p = period("2014-08", "");
        var whole = rules.apply(List.of(facts(p, regiment, List.of(), List.of(formation(FormationIncident.Relation.PARENT, true)))), null);
        assertThat(whole).filteredOn(f -> f.kind().equals("formation-incident")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.SERIOUS));
        var child = rules.apply(List.of(facts(p, regiment, List.of(), List.of(formation(FormationIncident.Relation.CHILD, true)))), null);
        assertThat(child).filteredOn(f -> f.kind().equals("formation-incident")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.CONCERN);
            assertThat(English.of(f.title())).contains("a unit of his formation");
        });
    }

    @Test
    void anIncidentAlreadyLinkedToHisOwnUnitIsNotRepeatedThroughItsFormation() {
        ServicePeriod p = period("2014-08", "");
        FormationIncident through = formation(FormationIncident.Relation.PARENT, false);
        var findings = rules.apply(List.of(facts(p, regiment, List.of(through.incident()), List.of(through))), null);
        assertThat(findings).noneMatch(f -> f.kind().equals("formation-incident"));
        assertThat(findings).filteredOn(f -> f.kind().equals("unit-incident")).hasSize(1);
    }

    @Test
    void aPeriodOutsideTheUnitsExistenceIsFlaggedNamingTheField() {
        UnitView storm = new UnitView(UUID.randomUUID(), "Storm-Z", null, List.of(), null, List.of(), List.of(), "CONVICT_DETACHMENT",
                "Russian Ministry of Defence", LocalDate.of(2023, 4, 1), null, List.of());
        var before = rules.apply(List.of(facts(period("2022-05", "2022-09"), storm, List.of(), List.of())), null);
        assertThat(before).filteredOn(f -> f.kind().equals("unit-not-existing")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.CONCERN);
            assertThat(English.of(f.title())).isEqualTo("Unit Storm-Z did not exist at the claimed dates 2022-05-01..2022-09-30");
            assertThat(f.inputs()).containsEntry("field", "from").containsEntry("existed", "from 2023-04-01");
        });
        var partly = rules.apply(List.of(facts(period("2023-01", "2023-06"), storm, List.of(), List.of())), null);
        assertThat(partly).filteredOn(f -> f.kind().equals("unit-not-existing")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
        var inside = rules.apply(List.of(facts(period("2023-05", ""), storm, List.of(), List.of())), null);
        assertThat(inside).noneMatch(f -> f.kind().equals("unit-not-existing"));
    }

    @Test
    void anUnreviewedListMatchIsALeadAndAConfirmedOneTheListing() {
        UnitView sparta = new UnitView(UUID.randomUUID(), "Sparta Battalion", null, List.of(), null, List.of(), List.of("SPARTA (ofac)"),
                "VOLUNTEER_UNIT", "DPR", null, null, List.of("SPARTA BATTALION (eu), version 3, score 0.93"));
        var findings = rules.apply(List.of(facts(period("2022-05", ""), sparta, List.of(), List.of())), null);
        assertThat(findings).filteredOn(f -> f.kind().equals("unit-sanction-leads")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.CONCERN);
            assertThat(English.of(f.explanation())).contains("SPARTA BATTALION (eu), version 3", "Nobody has confirmed");
            assertThat(f.inputs()).containsKey(FindingSources.DATASET);
        });
        assertThat(findings).filteredOn(f -> f.kind().equals("unit-sanctioned")).singleElement()
                .satisfies(f -> assertThat(English.of(f.explanation())).contains("SPARTA (ofac)"));
    }

    private static FormationIncident formation(FormationIncident.Relation relation, boolean whole) {
        var incident = new UnitIncidentView(UUID.randomUUID(), "Battle of Ilovaisk", "Ilovaisk", new Coordinates(47.925, 38.195),
                LocalDate.of(2014, 8, 24), LocalDate.of(2014, 8, 29), "Russian forces took part.", UnitIncidentView.Confidence.CONFIRMED,
                List.of("https://example.org/ilovaisk"), true, false, new IncidentRecord("curated-2014-2021", "ILOVAISK-2014"), "Curated: test");
        String via = relation == FormationIncident.Relation.PARENT ? "98th Guards Airborne Division" : "1065th Artillery Regiment";
        return new FormationIncident(incident, UUID.randomUUID(), via, relation, whole, "uawardata units_all.csv line 4 (no dates given)");
    }

    private static PeriodFacts facts(ServicePeriod p, UnitView unit, List<UnitIncidentView> own, List<FormationIncident> formation) {
        return new PeriodFacts(p, null, "not asked", unit, own, List.of(), List.of(), formation);
    }

    private static ServicePeriod period(String from, String to) {
        var dates = ClaimedDates.of(from, to, TODAY);
        var claim = new ServiceClaim("331 пдп", "gunner", "Ilovaisk", "", 47.925, 38.195, from, to, "", false, "");
        return new ServicePeriod(UUID.randomUUID(), CaseId.random(), claim, null, dates, SourceKind.STATEMENT, Instant.EPOCH, UUID.randomUUID());
    }
}
