package org.passage.vetting.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.passage.cases.CaseId;
import org.passage.cases.CaseRef;
import org.passage.geo.DatePeriod;
import org.passage.geo.GeoException;
import org.passage.geo.Territory;
import org.passage.geo.TerritoryStatus;
import org.passage.screening.CaseScreeningResults;
import org.passage.units.UnitDirectory;
import org.passage.units.UnitView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * A vetting run: asks geo, units and screening about every period, lets {@link FindingRules} judge, and stores
 * the findings as a new run. The questions are asked outside any transaction (screening has its own, and a
 * refusal there must not roll the run back); only storing is one transaction, with its audit row.
 */
@Service
class VettingRun {

    private final VettingDesk desk;
    private final Territory territory;
    private final UnitDirectory units;
    private final CaseScreeningResults screening;
    final FindingRules rules;

    VettingRun(VettingDesk desk, Territory territory, UnitDirectory units, CaseScreeningResults screening,
               @Value("${passage.vetting.gap-months:3}") int gapMonths) {
        this.desk = desk;
        this.territory = territory;
        this.units = units;
        this.screening = screening;
        this.rules = new FindingRules(gapMonths);
    }

    FindingLog.Run run(CaseId id) {
        CaseRef ref = desk.analystChange(id, "vetting.run");
        VettingFile file = desk.file(ref, false);
        TwoPersonSignOffPolicy.mayEdit(file.current().orElse(null));
        List<PeriodFacts> facts = new ArrayList<>();
        for (ServicePeriod p : file.periods()) {
            facts.add(facts(p));
        }
        return desk.storeRun(ref, rules.apply(facts, screening(id)));
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
        @Nullable UnitView unit = p.unitId() == null ? null : units.unit(p.unitId()).orElse(null);
        if (unit == null) {
            return new PeriodFacts(p, status, problem, null, List.of(), List.of());
        }
        return new PeriodFacts(p, status, problem, unit, units.incidentsDuring(unit.id(), p.dates().earliest(), p.dates().latest()),
                units.positionsDuring(unit.id(), p.dates().earliest(), p.dates().latest()));
    }

    private CaseScreeningResults.@Nullable Results screening(CaseId id) {
        try {
            return screening.of(id);
        } catch (RuntimeException e) {
            // screening unavailable (index error): the run says so in a finding rather than failing
            return null;
        }
    }
}
