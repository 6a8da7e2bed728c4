package org.passage.cases.internal;

import org.passage.cases.NoSuchCase;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.cases.CaseId;
import org.passage.cases.CaseOpened;
import org.passage.cases.Stage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening cases, assigning staff and handing a case over: the {@link CaseAccessPolicy} decides, the {@link AuditTrail}
 * records, then {@link CaseFiles} writes. Reads come in through {@link CaseDoor}. A case the reader may not see is
 * reported exactly like a case that does not exist, so ids of other organizations can't be probed.
 */
@Service
class CaseDesk {

    private final CaseFiles files;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final CaseDetailsTable details;
    private final java.time.Clock clock;

    CaseDesk(CaseFiles files, AuditTrail audit, ApplicationEventPublisher events, CaseDetailsTable details, java.time.Clock clock) {
        this.files = files;
        this.audit = audit;
        this.events = events;
        this.details = details;
        this.clock = clock;
    }

    /** Opens a case for a person who wrote in by himself: first contact, nobody assigned, audited as the system. */
    @Transactional
    org.passage.cases.Cases.OpenedCase openForApplicant(UUID organizationId, String name) {
        CaseFile opened = files.open(organizationId, new Applicant(name, "", null), Stage.FIRST_CONTACT, null);
        audit.record(new AuditEvent("case.open", "case", opened.id().toString(), organizationId, AuditEvent.Outcome.SUCCESS,
                "public intake (anonymous)"));
        events.publishEvent(new CaseOpened(opened.id(), organizationId));
        return new org.passage.cases.Cases.OpenedCase(opened.id(), opened.code().value());
    }

    /** Opens a case for a person referred by a partner, the referral's summary as its first note. */
    @Transactional
    org.passage.cases.Cases.OpenedCase openFromReferral(Reader reader, UUID referralId, String name, String summaryNote) {
        CaseFile opened = open(reader, new Applicant(name, "", null), "from referral " + referralId);
        details.add(reader.organizationId(), opened.id(), new CaseNote(UUID.randomUUID(), summaryNote, clock.instant(), reader.staffId()));
        return new org.passage.cases.Cases.OpenedCase(opened.id(), opened.code().value());
    }

    @Transactional
    CaseFile open(Reader reader, Applicant applicant) {
        return open(reader, applicant, null);
    }

    /** Opens a case; {@code how} says where it came from ("from referral …") in its one case.open audit row. */
    @Transactional
    CaseFile open(Reader reader, Applicant applicant, @Nullable String how) {
        if (!CaseAccessPolicy.canOpen(reader)) {
            audit.record(AuditEvent.of("case.open", "case", null, reader.organizationId()).denied("role may not open cases"));
            throw new AccessDeniedException("this role does not open cases");
        }
        CaseFile opened = files.open(reader.organizationId(), applicant, Stage.FIRST_CONTACT, reader.staffId());
        if (reader.has(org.passage.organizations.Role.CASEWORKER)) {
            files.assign(opened.id(), reader.staffId(), reader.staffId());
        }
        var event = AuditEvent.of("case.open", "case", opened.id(), reader.organizationId());
        audit.record(how == null ? event : event.withDetail(how));
        events.publishEvent(new CaseOpened(opened.id(), reader.organizationId()));
        return files.find(opened.id()).orElseThrow();
    }

    @Transactional
    void assign(Reader reader, CaseId id, UUID staffId) {
        var facts = files.accessFacts(id).orElseThrow(NoSuchCase::new);
        if (!CaseAccessPolicy.canAssign(reader, facts.organizationId())) {
            refuse(reader, id, facts, "case.assign", "only a coordinator of the case's organization assigns");
        }
        files.assign(id, staffId, reader.staffId());
        audit.record(new AuditEvent("case.assign", "case", id.toString(), reader.organizationId(), AuditEvent.Outcome.SUCCESS,
                "staff " + staffId));
    }

    /**
     * Hands a case over from one staff member to another in one step (the coordinator's job): the new one is
     * assigned and the old one loses access. {@code colleague} says whether the new one may work on cases of
     * this organization; if not, nothing changes and the answer is "no such case".
     */
    @Transactional
    void handOver(Reader reader, CaseId id, UUID from, UUID to, boolean colleague) {
        var facts = files.accessFacts(id).orElseThrow(NoSuchCase::new);
        if (!CaseAccessPolicy.canAssign(reader, facts.organizationId())) {
            refuse(reader, id, facts, "case.handover", "only a coordinator of the case's organization hands over");
        }
        if (!colleague || !facts.assignedStaff().contains(from) || from.equals(to)) {
            audit.record(AuditEvent.of("case.handover", "case", id, reader.organizationId()).denied("not a valid hand-over"));
            throw new NoSuchCase();
        }
        files.assign(id, to, reader.staffId());
        files.unassign(id, from);
        audit.record(new AuditEvent("case.handover", "case", id.toString(), reader.organizationId(), AuditEvent.Outcome.SUCCESS,
                "from staff " + from + " to staff " + to));
    }

    /**
     * Takes a staff member off a case (the coordinator's job): he loses access at once. The last caseworker responsible
     * for the case is not taken off this way — the case would have nobody to answer the person's alerts — but handed
     * over ({@link #handOver}), which names the replacement in the same step; the refusal is audited and says so.
     * {@code caseworkers}: which of the case's staff are caseworkers.
     */
    @Transactional
    void unassign(Reader reader, CaseId id, UUID staffId, java.util.function.Predicate<UUID> caseworkers) {
        var facts = files.accessFacts(id).orElseThrow(NoSuchCase::new);
        if (!CaseAccessPolicy.canAssign(reader, facts.organizationId())) {
            refuse(reader, id, facts, "case.unassign", "only a coordinator of the case's organization takes staff off a case");
        }
        if (!facts.assignedStaff().contains(staffId)) {
            audit.record(AuditEvent.of("case.unassign", "case", id, reader.organizationId()).denied("not assigned"));
            throw new NoSuchCase();
        }
        boolean lastCaseworker = caseworkers.test(staffId)
                && facts.assignedStaff().stream().filter(s -> !s.equals(staffId)).noneMatch(caseworkers);
        if (lastCaseworker) {
            audit.record(AuditEvent.of("case.unassign", "case", id, reader.organizationId())
                    .denied("the last caseworker of the case: hand it over instead"));
            throw new InvalidCaseInput("unassign", "cases.unassign.error.last");
        }
        files.unassign(id, staffId);
        audit.record(new AuditEvent("case.unassign", "case", id.toString(), reader.organizationId(), AuditEvent.Outcome.SUCCESS,
                "staff " + staffId));
    }

    /** Someone who may see the case learns that he may not do this (403); anyone else learns nothing (404). */
    private void refuse(Reader reader, CaseId id, CaseFiles.AccessFacts facts, String action, String why) {
        if (CaseAccessPolicy.canRead(reader, facts.organizationId(), facts.assignedStaff())) {
            audit.record(AuditEvent.of(action, "case", id, reader.organizationId()).denied(why));
            throw new AccessDeniedException(why);
        }
        deny(reader, id, action, why);
    }

    private void deny(Reader reader, CaseId id, String action, String why) {
        audit.record(AuditEvent.of(action, "case", id, reader.organizationId()).denied(why));
        throw new NoSuchCase();
    }
}
