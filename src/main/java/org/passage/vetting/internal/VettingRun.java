package org.passage.vetting.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.passage.cases.CaseRef;
import org.passage.datasets.DatasetVersion;
import org.passage.datasets.Datasets;
import org.passage.geo.DatePeriod;
import org.passage.geo.GeoException;
import org.passage.geo.Territory;
import org.passage.geo.TerritoryStatus;
import org.passage.screening.CaseScreeningResults;
import org.passage.units.NearbyIncident;
import org.passage.units.UnitDirectory;
import org.passage.units.UnitView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * What a vetting run finds: asks geo, units and screening about every period and lets {@link FindingRules} judge.
 * Stores nothing and decides nothing about who may run: the desk records the findings on the {@link Vetting}.
 */
@Service
class VettingRun {

    private final Territory territory;
    private final UnitDirectory units;
    private final CaseScreeningResults screening;
    final FindingRules rules;

    /** Incidents reported up to a week after a period may have happened during it (many are dated when reported). */
    static final int REPORTED_LATER_DAYS = 7;

    private final double incidentKm;
    private final Datasets datasets;

    VettingRun(Territory territory, UnitDirectory units, CaseScreeningResults screening, Datasets datasets,
               @Value("${passage.vetting.gap-months:3}") int gapMonths,
               @Value("${passage.vetting.incident-km:10}") double incidentKm) {
        this.incidentKm = incidentKm;
        this.datasets = datasets;
        this.territory = territory;
        this.units = units;
        this.screening = screening;
        this.rules = new FindingRules(gapMonths);
    }

    /** The findings about these periods of the case the ticket opens, in the rules' order; the case is not read again. */
    List<Finding.Draft> findings(List<ServicePeriod> periods, CaseRef ticket) {
        List<PeriodFacts> facts = new ArrayList<>();
        for (ServicePeriod p : periods) {
            facts.add(facts(p));
        }
        return rules.apply(facts, screening(ticket)).stream().map(d -> FindingSources.versioned(d, this::version)).toList();
    }

    /** What geo and units say about one period; no reader needed (public reference data only). */
    PeriodFacts facts(ServicePeriod p) {
        @Nullable TerritoryStatus status = null;
        @Nullable String problem = null;
        var point = p.coordinates();
        if (point == null) {
            problem = "no coordinates for the place";
        } else {
            try {
                DatePeriod coverage = territory.coverage();
                LocalDate from = p.dates().earliest().isBefore(coverage.from()) ? coverage.from() : p.dates().earliest();
                LocalDate to = p.dates().latest().isAfter(coverage.to()) ? coverage.to() : p.dates().latest();
                if (to.isBefore(from)) {
                    problem = "the dates lie outside what the territory data covers (" + coverage.from() + ".." + coverage.to() + ")";
                } else {
                    status = territory.status(point, DatePeriod.between(from, to));
                }
            } catch (GeoException e) {
                problem = e.getMessage();
            }
        }
        List<NearbyIncident> nearby = point == null ? List.of()
                : units.incidentsNear(point, incidentKm, p.dates().earliest(), p.dates().latest().plusDays(REPORTED_LATER_DAYS));
        @Nullable UnitView unit = p.unitId() == null ? null : units.unit(p.unitId()).orElse(null);
        if (unit == null) {
            return new PeriodFacts(p, status, problem, null, List.of(), List.of(), nearby);
        }
        return new PeriodFacts(p, status, problem, unit, units.incidentsDuring(unit.id(), p.dates().earliest(), p.dates().latest()),
                units.positionsDuring(unit.id(), p.dates().earliest(), p.dates().latest()), nearby,
                units.formationIncidentsDuring(unit.id(), p.dates().earliest(), p.dates().latest()));
    }

    /** "2026-12-06 3f2a9c1e" for the live version of a catalogue dataset, or why there is none. */
    private String version(String dataset) {
        try {
            return datasets.live(dataset).map(DatasetVersion::label).orElse("no version recorded by the data catalogue");
        } catch (RuntimeException e) {
            return "catalogue unavailable";
        }
    }

    private CaseScreeningResults.@Nullable Results screening(CaseRef ticket) {
        try {
            return screening.of(ticket);
        } catch (RuntimeException e) {
            // screening unavailable (index error): the run says so in a finding rather than failing
            return null;
        }
    }
}
