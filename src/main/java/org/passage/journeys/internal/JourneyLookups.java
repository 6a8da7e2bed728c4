package org.passage.journeys.internal;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.passage.cases.spi.CaseCountries;
import org.passage.cases.CaseId;
import org.passage.journeys.CountryRisk;
import org.passage.journeys.Journeys;
import org.passage.journeys.Whereabouts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link Journeys} for other features: plain lookups, no personal data, no access decision. */
@Service
class JourneyLookups implements Journeys, CaseCountries {

    private final JourneyLog log;
    private final RiskRegister register;

    JourneyLookups(JourneyLog log, RiskRegister register) {
        this.log = log;
        this.register = register;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Whereabouts> whereabouts(CaseId caseId) {
        return log.whereabouts(caseId);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<CaseId, Whereabouts> whereabouts(Collection<CaseId> caseIds) {
        return log.whereabouts(caseIds);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<CaseId, String> countries(Collection<CaseId> caseIds) {
        var countries = new java.util.HashMap<CaseId, String>();
        log.whereabouts(caseIds).forEach((id, w) -> countries.put(id, w.countryCode()));
        return countries;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CountryRisk> risk(UUID organizationId, String countryCode) {
        return register.find(organizationId, countryCode);
    }

    @Override
    @Transactional(readOnly = true)
    public org.passage.journeys.JourneyHistory history(org.passage.cases.CaseRef ticket) {
        UUID organizationId = ticket.organizationId();
        CaseId caseId = ticket.id();
        var stages = log.stages(organizationId, caseId).reversed().stream()
                .map(e -> new org.passage.journeys.JourneyHistory.StageStep(e.from(), e.to(), e.effective(), e.correction(), e.reason()))
                .toList();
        var stays = log.locations(organizationId, caseId).reversed().stream()
                .map(e -> new org.passage.journeys.JourneyHistory.Stay(e.countryCode(), e.city(), e.since())).toList();
        return new org.passage.journeys.JourneyHistory(stages, stays);
    }
}
