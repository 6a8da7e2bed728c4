package org.passage.vetting.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.cases.CaseId;
import org.passage.cases.CaseRef;
import org.passage.cases.Cases;
import org.passage.organizations.Role;
import org.passage.security.CurrentStaff;
import org.passage.units.LinkReviews;
import org.passage.units.UnitDirectory;
import org.passage.units.UnitIncidentView;
import org.passage.units.UnitView;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review queue of leads: every link between a unit and an incident that the import inferred from proximity
 * alone and that a lead finding of a case's latest run names, still undecided, across the cases the analyst may see
 * (tickets from the case door, each read audited). The analyst confirms a link (it then counts as documented in
 * every later run of every case) or rejects it (it is no longer read), with a reason; the decision is the unit
 * knowledge base's ({@link LinkReviews}) and is audited there and here.
 */
@Service
class LeadQueue {

    static final String LEADS = "unit-incident-leads";

    private final FindingLog findings;
    private final Vettings vettings;
    private final Cases cases;
    private final UnitDirectory units;
    private final LinkReviews reviews;
    private final CurrentStaff staff;
    private final AuditTrail audit;

    LeadQueue(FindingLog findings, Vettings vettings, Cases cases, UnitDirectory units, LinkReviews reviews, CurrentStaff staff,
              AuditTrail audit) {
        this.findings = findings;
        this.vettings = vettings;
        this.cases = cases;
        this.units = units;
        this.reviews = reviews;
        this.staff = staff;
        this.audit = audit;
    }

    /** One link to decide, with the periods of the cases it is a lead for. */
    record Lead(UUID unitId, String unitName, UnitIncidentView incident, List<CaseLead> cases) {
        @Override
        public String toString() {
            return "Lead[" + unitId + ", " + incident.incidentId() + ", REDACTED]";
        }
    }

    /** A case's period the lead was found for. */
    record CaseLead(CaseId caseId, String code, String place, LocalDate from, LocalDate to) {
        @Override
        public String toString() {
            return "CaseLead[" + code + ", REDACTED]";
        }
    }

    /** The open leads, the links named in most cases first, then by incident date. */
    @Transactional
    List<Lead> open() {
        analyst("vetting.leads");
        List<CaseId> ids = findings.casesWithLatest(staff.organizationId(), LEADS);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Lead> leads = new LinkedHashMap<>();
        for (CaseRef ticket : cases.readable(ids, "vetting.leads")) {
            Vetting vetting = vettings.of(ticket);
            for (Finding f : vetting.findings()) {
                if (!f.kind().equals(LEADS) || !f.inputs().containsKey("unitId")) {
                    continue;
                }
                @Nullable ServicePeriod period = vetting.period(UUID.fromString(f.inputs().get("period"))).orElse(null);
                @Nullable UnitView unit = units.unit(UUID.fromString(f.inputs().get("unitId"))).orElse(null);
                if (period == null || unit == null) {
                    continue;
                }
                var here = new CaseLead(ticket.id(), ticket.code(), period.claim().placeName(), period.dates().earliest(), period.dates().latest());
                // asked again now: a link decided since the run is no longer open
                for (UnitIncidentView link : units.incidentsDuring(unit.id(), period.dates().earliest(), period.dates().latest())) {
                    if (!link.inferred() || link.documented()) {
                        continue;
                    }
                    Lead lead = leads.computeIfAbsent(unit.id() + ":" + link.incidentId(),
                            k -> new Lead(unit.id(), unit.name(), link, new ArrayList<>()));
                    if (lead.cases().stream().noneMatch(c -> c.equals(here))) {
                        lead.cases().add(here);
                    }
                }
            }
        }
        return leads.values().stream().sorted(Comparator.comparing((Lead l) -> -l.cases().size())
                .thenComparing(l -> l.incident().from())).map(l -> new Lead(l.unitId(), l.unitName(), l.incident(), List.copyOf(l.cases())))
                .toList();
    }

    /** Confirms or rejects one link; refused with the field at fault (nothing changed) when the reason is missing. */
    @Transactional
    void decide(UUID unitId, UUID incidentId, boolean confirm, @Nullable String reason) {
        analyst("vetting.lead");
        String why = LongText.of("reason", reason, true);
        try {
            reviews.decide(unitId, incidentId, confirm, why);
        } catch (IllegalArgumentException e) {
            String field = e.getMessage() == null || !e.getMessage().contains(":") ? "link" : e.getMessage().substring(0, e.getMessage().indexOf(':'));
            throw new InvalidVettingInput(field, "vetting.error.lead", String.valueOf(e.getMessage()), String.valueOf(e.getMessage()));
        }
        audit.record(AuditEvent.of("vetting.lead", "unit", unitId, staff.organizationId())
                .withDetail((confirm ? "confirmed" : "rejected") + " link to incident " + incidentId));
    }

    private void analyst(String action) {
        if (!staff.has(Role.VETTING_ANALYST)) {
            audit.record(AuditEvent.of(action, "leads", null, staff.organizationId()).denied("the review of leads is the vetting analysts' work"));
            throw new AccessDeniedException("vetting analysts only");
        }
    }
}
