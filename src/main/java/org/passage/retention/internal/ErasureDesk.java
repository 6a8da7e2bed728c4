package org.passage.retention.internal;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.cases.CaseErasure;
import org.passage.cases.CaseId;
import org.passage.cases.CaseRef;
import org.passage.cases.Cases;
import org.passage.cases.NoSuchCase;
import org.passage.retention.DeletionRecord;
import org.passage.security.SignOffIndependence;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a coordinator does about a case's retention: place or lift a legal hold; record that the person asked for his
 * case to be erased; and, as a <em>second</em> coordinator, confirm that request, which erases the case at once. Each
 * act comes through the case door (need to know, audited) and needs the right to coordinate the case.
 */
@Component
class ErasureDesk {

    /** A request confirmed by the staff member who made it: two people must agree. */
    static final class SamePerson extends RuntimeException {
        SamePerson() {
            super("the erasure was requested by the same staff member: another coordinator must confirm it");
        }
    }

    /**
     * A confirmation from a browser the requester logged in with, or from one Passage cannot recognise (no device
     * mark): one person with two coordinator accounts would otherwise erase a case on his word alone.
     */
    static final class SameBrowser extends RuntimeException {
        private final boolean unknown;

        SameBrowser(boolean unknown) {
            super(unknown ? "a confirmation from a browser without a device mark" : "a confirmation from a browser the requester logged in with");
            this.unknown = unknown;
        }

        boolean unknown() {
            return unknown;
        }
    }

    /** What the retention page shows of a case. */
    record View(CaseRef ref, Optional<LegalHolds.Hold> hold, Optional<ErasureRequests.Request> request, @Nullable UUID viewer) {
        public boolean requestedByViewer() {
            return request.isPresent() && request.get().requestedBy().equals(viewer);
        }
    }

    private final Cases cases;
    private final CaseErasure erasure;
    private final LegalHolds holds;
    private final ErasureRequests requests;
    private final Erasing erasing;
    private final AuditTrail audit;
    private final SignOffIndependence signOffs;
    private final Clock clock;

    ErasureDesk(Cases cases, CaseErasure erasure, LegalHolds holds, ErasureRequests requests, Erasing erasing, AuditTrail audit,
                SignOffIndependence signOffs, Clock clock) {
        this.cases = cases;
        this.erasure = erasure;
        this.holds = holds;
        this.requests = requests;
        this.erasing = erasing;
        this.audit = audit;
        this.signOffs = signOffs;
        this.clock = clock;
    }

    @Transactional
    View view(CaseId id) {
        CaseRef ref = coordinating(id, "case.retention.read");
        return new View(ref, holds.find(ref.organizationId(), id), requests.find(ref.organizationId(), id), ref.issuedTo());
    }

    @Transactional
    void placeHold(CaseId id, String reason) {
        CaseRef ref = coordinating(id, "case.legal-hold.place");
        boolean placed = holds.place(ref.organizationId(), id, staff(ref), reason, clock.instant());
        cases.note(ref, placed ? "legal hold placed" : "legal hold was in place already");
    }

    @Transactional
    void liftHold(CaseId id) {
        CaseRef ref = coordinating(id, "case.legal-hold.lift");
        cases.note(ref, holds.lift(ref.organizationId(), id) ? "legal hold lifted" : "there was no legal hold");
    }

    @Transactional
    void requestErasure(CaseId id) {
        CaseRef ref = coordinating(id, "case.erasure.request");
        boolean added = requests.add(ref.organizationId(), id, staff(ref), clock.instant());
        if (added) {
            signOffs.firstSignOff();
        }
        cases.note(ref, added ? "erasure requested on the person's behalf; waits for a second coordinator" : "erasure was requested already");
    }

    @Transactional
    void withdrawRequest(CaseId id) {
        CaseRef ref = coordinating(id, "case.erasure.withdraw");
        cases.note(ref, requests.remove(ref.organizationId(), id) ? "erasure request withdrawn" : "there was no erasure request");
    }

    /**
     * Confirms a pending request and erases the case: refused (and audited as such) when the confirming coordinator made
     * the request himself, confirms from a browser the requester logged in with or that Passage cannot recognise, or while
     * a legal hold keeps the case. A confirmation from the requester's recent network address or by someone who shared a
     * browser with him goes through, flagged to the organization's admins as the vetting sign-off is.
     */
    DeletionRecord confirmErasure(CaseId id) {
        CaseRef ref = coordinating(id, "case.erasure.confirm");
        UUID confirmer = staff(ref);
        var request = requests.find(ref.organizationId(), id).orElseThrow(NoRequest::new);
        if (request.requestedBy().equals(confirmer)) {
            audit.record(new AuditEvent("case.erasure.confirm", "case", id.toString(), ref.organizationId(), AuditEvent.Outcome.DENIED,
                    "the requester may not confirm his own request"));
            throw new SamePerson();
        }
        var secondSignOff = signOffs.secondSignOff(request.requestedBy());
        if (secondSignOff.refused()) {
            audit.record(new AuditEvent("case.erasure.confirm", "case", id.toString(), ref.organizationId(), AuditEvent.Outcome.DENIED,
                    secondSignOff.deviceUnknown() ? "confirmation from a browser without a device mark"
                            : "confirmation from a browser the requester " + request.requestedBy() + " logged in with"));
            throw new SameBrowser(secondSignOff.deviceUnknown());
        }
        var resting = erasure.find(id).orElseThrow(NoSuchCase::new);
        try {
            DeletionRecord record = erasing.erase(resting, "person's request", request.requestedBy().toString(), confirmer.toString())
                    .orElseThrow(NoSuchCase::new);
            signOffs.flag(ref.organizationId(), "deletion_record", record.id(), request.requestedBy(), confirmer, secondSignOff.flags());
            return record;
        } catch (Erasing.OnLegalHold held) {
            audit.record(new AuditEvent("case.erasure.confirm", "case", id.toString(), ref.organizationId(), AuditEvent.Outcome.DENIED,
                    "the case is on legal hold"));
            throw held;
        }
    }

    /** No pending request to confirm. */
    static final class NoRequest extends RuntimeException {
        NoRequest() {
            super("there is no erasure request to confirm");
        }
    }

    private CaseRef coordinating(CaseId id, String purpose) {
        CaseRef ref = cases.change(id, purpose);
        if (!ref.mayCoordinate()) {
            throw new AccessDeniedException("only a coordinator decides a case's retention");
        }
        return ref;
    }

    private static UUID staff(CaseRef ref) {
        UUID staff = ref.issuedTo();
        if (staff == null) {
            throw new AccessDeniedException("a person, not the system, decides this");
        }
        return staff;
    }
}
