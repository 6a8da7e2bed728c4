package org.passage.intake.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.cases.CaseId;
import org.passage.cases.Cases;
import org.passage.cases.NoSuchCase;
import org.passage.security.CurrentStaff;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submissions held instead of refused: the person gets a code and passphrase like everyone (his status reads "we have
 * your message"), nothing opens a case, and a coordinator of the intake organization looks at each one and marks it
 * spam, a duplicate, or accepts it, which opens the case with what he wrote and keeps his code working. Every hold,
 * look and decision is audited; what the person typed is never in the audit.
 */
@Service
class IntakeTriage {

    static final int LIST_LIMIT = 200;
    private static final String CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    private final HeldSubmissions held;
    private final Submissions submissions;
    private final Passphrases passphrases;
    private final IntakeDesk desk;
    private final Cases cases;
    private final CurrentStaff staff;
    private final AuditTrail audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    IntakeTriage(HeldSubmissions held, Submissions submissions, Passphrases passphrases, IntakeDesk desk, Cases cases,
                 CurrentStaff staff, AuditTrail audit, Clock clock) {
        this.held = held;
        this.submissions = submissions;
        this.passphrases = passphrases;
        this.desk = desk;
        this.cases = cases;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    /** Holds a valid submission; the answer is the same code and passphrase receipt as for a case. */
    @Transactional
    IntakeDesk.Receipt hold(IntakeForm form, HeldSubmissions.Reason reason) {
        if (!form.problems().isEmpty()) {
            throw new IllegalArgumentException("invalid intake form");
        }
        UUID org = desk.organization();
        String code;
        byte[] index;
        do {
            code = newCode();
            index = submissions.codeIndex(org, code);
        } while (held.codeTaken(index) || submissions.codeTaken(index));
        String passphrase = passphrases.generate();
        UUID id = held.add(org, index, passphrases.hash(passphrase), form, reason, clock.instant());
        audit.record(new AuditEvent("intake.held", "intake_held", id.toString(), org, AuditEvent.Outcome.SUCCESS,
                "public intake (anonymous) held: " + reason));
        return new IntakeDesk.Receipt(code, passphrase);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional
    public List<HeldSubmissions.Held> waiting() {
        UUID org = staff.organizationId();
        var waiting = held.waiting(org, LIST_LIMIT);
        audit.record(new AuditEvent("intake.held.list", "intake_held", null, org, AuditEvent.Outcome.SUCCESS,
                waiting.size() + " of " + held.countWaiting(org) + " held submissions shown"));
        return waiting;
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional
    public HeldSubmissions.Held open(UUID id) {
        var item = mine(id, "intake.held.read");
        audit.record(new AuditEvent("intake.held.read", "intake_held", id.toString(), item.organizationId(), AuditEvent.Outcome.SUCCESS, ""));
        return item;
    }

    /** Opens the case from what the person wrote; his code and passphrase now show the case's stage. */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional
    public CaseId accept(UUID id) {
        var item = mine(id, "intake.held.accept");
        var opened = cases.openForApplicant(item.organizationId(), item.form().name());
        submissions.add(item.organizationId(), opened.id(), item.codeIndex(), item.passphraseHash(), item.form(), item.receivedAt());
        decide(item, HeldSubmissions.Decision.ACCEPTED, opened.id());
        audit.record(new AuditEvent("intake.held.accept", "case", opened.id().value().toString(), item.organizationId(),
                AuditEvent.Outcome.SUCCESS, "held submission " + id + " (" + item.reason() + ") accepted"));
        return opened.id();
    }

    /** Spam or a duplicate: what the person typed is erased; no case. */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional
    public void discard(UUID id, HeldSubmissions.Decision decision) {
        if (decision == HeldSubmissions.Decision.ACCEPTED) {
            throw new IllegalArgumentException("accepting opens a case: use accept");
        }
        var item = mine(id, "intake.held." + decision.name().toLowerCase(Locale.ROOT));
        decide(item, decision, null);
        audit.record(new AuditEvent("intake.held." + decision.name().toLowerCase(Locale.ROOT), "intake_held", id.toString(),
                item.organizationId(), AuditEvent.Outcome.SUCCESS, "held submission (" + item.reason() + ") erased"));
    }

    private void decide(HeldSubmissions.Held item, HeldSubmissions.Decision decision, @Nullable CaseId caseId) {
        if (!held.decide(item.id(), decision, staff.staffId(), caseId, clock.instant())) {
            throw new NoSuchCase();
        }
    }

    private HeldSubmissions.Held mine(UUID id, String action) {
        UUID org = staff.organizationId();
        var item = held.waiting(org, id);
        if (item.isEmpty()) {
            audit.record(new AuditEvent(action, "intake_held", id.toString(), org, AuditEvent.Outcome.DENIED,
                    "no held submission of this organization, or decided already"));
            throw new NoSuchCase();
        }
        return item.get();
    }

    private String newCode() {
        var code = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                code.append('-');
            }
            code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }
}
