package org.passage.screening.internal.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.cases.CaseRef;
import org.passage.cases.Cases;
import org.passage.cases.CaseId;
import org.passage.security.CurrentStaff;
import org.passage.watchlists.EntryVersion;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The alerts a staff member may see: his organization's, on the cases he has need to know of; reads and acknowledgements audited. */
@Service
class AlertDesk {

    private static final int LIMIT = 200;

    /**
     * {@code decision}: the latest decision on the alert's hit, where it stands in the two-person rule (null: none yet);
     * {@code change}: for an entry changed or removed, what the list version changed in it, field by field.
     */
    record Shown(ScreeningAlerts.Alert alert, String caseCode, Reviews.@Nullable Latest decision,
                 org.passage.watchlists.@Nullable EntryDiff change) {
    }

    private final ScreeningAlerts alerts;
    private final Cases cases;
    private final AuditTrail audit;
    private final CurrentStaff staff;

    private final Reviews reviews;
    private final org.passage.watchlists.Watchlists watchlists;

    AlertDesk(ScreeningAlerts alerts, Cases cases, AuditTrail audit, CurrentStaff staff, Reviews reviews,
              org.passage.watchlists.Watchlists watchlists) {
        this.reviews = reviews;
        this.watchlists = watchlists;
        this.alerts = alerts;
        this.cases = cases;
        this.audit = audit;
        this.staff = staff;
    }

    @Transactional
    List<Shown> visible() {
        Map<UUID, String> codes = cases.visible("screening.alerts.read").stream()
                .collect(Collectors.toMap(t -> t.id().value(), CaseRef::code));
        var decisions = reviews.latestOfHits(staff.organizationId(), codes.keySet());
        var page = alerts.forCases(staff.organizationId(), codes.keySet(), LIMIT);
        // what each changed or removed entry's version changed in it, for the whole page in one read (it was one per alert)
        var changes = watchlists.diffs(page.stream().filter(a -> a.kind() != ScreeningAlerts.Kind.NEW).map(AlertDesk::entryVersion).toList());
        List<Shown> shown = page.stream()
                .map(a -> new Shown(a, codes.get(a.caseId()), decisions.get(reviews.hitKey(a.organizationId(), a.caseId(), a.list(), a.entityId())),
                        a.kind() == ScreeningAlerts.Kind.NEW ? null : changes.get(entryVersion(a))))
                .toList();
        audit.record(new AuditEvent("screening.alerts.read", "screening_alert", null, staff.organizationId(), AuditEvent.Outcome.SUCCESS,
                shown.size() + " alerts"));
        return shown;
    }

    private static EntryVersion entryVersion(ScreeningAlerts.Alert alert) {
        return new EntryVersion(alert.list(), alert.listVersion(), alert.entityId());
    }

    private boolean awaitsSecondReview(UUID organizationId, UUID caseId, UUID alertId) {
        return alerts.forCases(organizationId, List.of(caseId), LIMIT).stream().filter(a -> a.id().equals(alertId)).findFirst()
                .map(a -> reviews.latestOfHits(organizationId, List.of(caseId)).get(reviews.hitKey(organizationId, caseId, a.list(), a.entityId())))
                .filter(latest -> latest.signOff() == Reviews.SignOff.PROPOSED).isPresent();
    }

    /**
     * Acknowledges an alert of a case the reader sees; false (reported as "not found") otherwise. Refused while a decision
     * on its hit awaits the second review, which settles it.
     */
    @Transactional
    boolean acknowledge(UUID alertId) {
        var owner = alerts.owner(alertId);
        boolean sees = owner.isPresent() && owner.get()[0].equals(staff.organizationId())
                && cases.visible("screening.alert.ack").stream().anyMatch(t -> t.id().equals(new CaseId(owner.get()[1])));
        if (!sees) {
            audit.record(AuditEvent.of("screening.alert.ack", "screening_alert", alertId, staff.organizationId()).denied("no such alert or no need to know"));
            return false;
        }
        if (awaitsSecondReview(owner.get()[0], owner.get()[1], alertId)) {
            // the second review settles it: acknowledged meanwhile, the open alert would no longer say that a decision waits
            audit.record(AuditEvent.of("screening.alert.ack", "screening_alert", alertId, staff.organizationId())
                    .denied("a decision on the hit awaits its second review"));
            throw new InvalidMatchRequest("pending", "a decision on this hit waits for a second review: confirm or reject it first");
        }
        alerts.acknowledge(alertId, staff.staffId());
        audit.record(AuditEvent.of("screening.alert.ack", "screening_alert", alertId, staff.organizationId()));
        return true;
    }
}
