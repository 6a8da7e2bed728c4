package org.passage.referrals.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.cases.CaseId;
import org.passage.cases.CaseRef;
import org.passage.cases.Cases;
import org.passage.organizations.Role;
import org.passage.security.CurrentStaff;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every step of a referral, each audited. The referring side acts through the case's need to know
 * ({@link org.passage.cases.Cases}); the receiving side only on referrals addressed to its organization, as coordinator.
 * A referral of another organization is answered exactly like one that does not exist.
 */
@Service
class ReferralDesk {

    static final int MAX_REASON = 500;
    private final Referrals referrals;
    private final Partners partners;
    private final Cases cases;
    private final CurrentStaff staff;
    private final AuditTrail audit;
    private final Clock clock;

    ReferralDesk(Referrals referrals, Partners partners, Cases cases, CurrentStaff staff,
                 AuditTrail audit, Clock clock) {
        this.referrals = referrals;
        this.partners = partners;
        this.cases = cases;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    /** The referrals of a case whose read the caller has allowed and audited. */
    List<Referral> ofCase(CaseRef ref) {
        return referrals.ofCase(ref.organizationId(), ref.id());
    }

    @Transactional
    UUID refer(CaseId caseId, ReferralForm form) {
        CaseRef ref = cases.change(caseId, "referral.create");
        LocalDate today = LocalDate.now(clock);
        var problems = new java.util.LinkedHashMap<>(form.problems(today));
        Optional<Partner> partner = partnerOf(ref.organizationId(), form.partnerId());
        if (partner.isEmpty()) {
            problems.putIfAbsent("partnerId", "referrals.error.partner");
        }
        if (!problems.isEmpty()) {
            audit.record(AuditEvent.of("referral.create", "case", caseId, ref.organizationId()).failed("refused: " + problems.keySet()));
            throw new InvalidReferral(problems);
        }
        Summary summary = form.summary();
        UUID id = referrals.add(ref.organizationId(), caseId, partner.get(), summary, form.consent(today), staff.staffId(), clock.instant());
        cases.note(ref, "referral " + id + " to partner " + partner.get().id() + ", fields " + summary.values().keySet());
        return id;
    }

    /** The referring side takes back a referral nobody has answered yet; false when it was answered meanwhile. */
    @Transactional
    Referral withdraw(UUID id) {
        CaseRef ticket = outgoing(id, "referral.withdraw");
        Referral referral = referrals.find(id).orElseThrow();
        if (referrals.answer(id, ReferralStatus.WITHDRAWN, null, null, staff.staffId(), clock.instant())) {
            cases.note(ticket, "referral " + id + " withdrawn");
        } else {
            audit.record(AuditEvent.of("referral.withdraw", "referral", id, referral.organizationId()).failed("already answered"));
        }
        return referral;
    }

    /** For an external partner the referring side records the answer it got by other means. */
    @Transactional
    Referral answerByHand(UUID id, boolean accepted, String reason) {
        CaseRef ticket = outgoing(id, "referral.answer");
        Referral referral = referrals.find(id).orElseThrow();
        if (!referral.external()) {
            audit.record(AuditEvent.of("referral.answer", "referral", id, referral.organizationId()).denied("partner answers itself"));
            throw new AccessDeniedException("a partner on this installation answers itself");
        }
        String why = null;
        if (!accepted) {
            try {
                why = reason(reason);
            } catch (InvalidReferral e) {
                audit.record(AuditEvent.of("referral.answer", "referral", id, referral.organizationId())
                        .failed("refused: " + e.problems().keySet()));
                throw new InvalidAnswer(referral, e.problems());
            }
        }
        boolean done = referrals.answer(id, accepted ? ReferralStatus.ACCEPTED : ReferralStatus.DECLINED, why, null,
                staff.staffId(), clock.instant());
        if (done) {
            cases.note(ticket, "referral " + id + (accepted ? " accepted" : " declined") + " (recorded by hand)");
        } else {
            audit.record(AuditEvent.of("referral.answer", "referral", id, referral.organizationId()).failed("already answered"));
        }
        return referral;
    }

    @Transactional
    List<Referral> incoming() {
        UUID org = staff.organizationId();
        List<Referral> list = referrals.incoming(org);
        audit.record(AuditEvent.of("referral.inbox", "referral", null, org).withDetail(list.size() + " referrals listed"));
        return list;
    }

    /** One referral addressed to the reader's organization, with its summary unless it was withdrawn. */
    @Transactional
    Incoming open(UUID id) {
        Referral referral = incoming(id, "referral.read");
        audit.record(AuditEvent.of("referral.read", "referral", id, referral.toOrganizationId()));
        return new Incoming(referral, referral.status() == ReferralStatus.WITHDRAWN ? null : referrals.summary(id));
    }

    public record Incoming(Referral referral, @Nullable Summary summary) {
    }

    /** Accepts; with {@code openCase} a case is opened in the receiving organization carrying the summary. */
    @Transactional
    boolean accept(UUID id, boolean openCase, Function<SummaryField, String> label) {
        Referral referral = incoming(id, "referral.accept");
        if (!referral.pending()) {
            audit.record(AuditEvent.of("referral.accept", "referral", id, referral.toOrganizationId()).failed("not pending"));
            return false;
        }
        UUID opened = null;
        if (openCase) {
            Summary summary = referrals.summary(id);
            String name = summary.values().getOrDefault(SummaryField.ALIAS, "Referral " + id.toString().substring(0, 8));
            opened = cases.openFromReferral(id, name, "Referral " + id + "\n" + summary.asText(label)).id().value();
        }
        referrals.answer(id, ReferralStatus.ACCEPTED, null, opened, staff.staffId(), clock.instant());
        audit.record(AuditEvent.of("referral.accept", "referral", id, referral.toOrganizationId())
                .withDetail(opened == null ? "accepted" : "accepted, case " + opened + " opened"));
        return true;
    }

    @Transactional
    boolean decline(UUID id, String reason) {
        Referral referral = incoming(id, "referral.decline");
        String why = reason(reason);
        boolean done = referrals.answer(id, ReferralStatus.DECLINED, why, null, staff.staffId(), clock.instant());
        audit.record(done ? AuditEvent.of("referral.decline", "referral", id, referral.toOrganizationId())
                : AuditEvent.of("referral.decline", "referral", id, referral.toOrganizationId()).failed("not pending"));
        return done;
    }

    Summary summaryForReferringSide(Referral referral) {
        if (!referral.external()) {
            throw new AccessDeniedException("sealed for the receiving organization");
        }
        return referrals.summary(referral.id());
    }

    String consentBy(Referral referral) {
        return referrals.consentBy(referral);
    }

    /** The ticket to change the case of a referral of the reader's organization: the act's one audit row. */
    private CaseRef outgoing(UUID id, String action) {
        UUID org = staff.organizationId();
        Referral referral = referrals.find(id).filter(r -> r.organizationId().equals(org)).orElseGet(() -> {
            audit.record(AuditEvent.of(action, "referral", id, org).denied("no such referral"));
            throw new ReferralNotFound();
        });
        return cases.change(referral.caseId(), action);
    }

    /** A referral addressed to the reader's organization; he must be its coordinator. */
    private Referral incoming(UUID id, String action) {
        UUID org = staff.organizationId();
        if (!staff.has(Role.COORDINATOR)) {
            audit.record(AuditEvent.of(action, "referral", id, org).denied("not a coordinator"));
            throw new AccessDeniedException("coordinators answer referrals");
        }
        return referrals.find(id).filter(r -> org.equals(r.toOrganizationId())).orElseGet(() -> {
            audit.record(AuditEvent.of(action, "referral", id, org).denied("no such referral"));
            throw new ReferralNotFound();
        });
    }

    private Optional<Partner> partnerOf(UUID organizationId, String partnerId) {
        try {
            return partners.find(organizationId, UUID.fromString(partnerId));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String reason(String reason) {
        String r = reason == null ? "" : reason.strip();
        if (r.isEmpty() || r.length() > MAX_REASON || r.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
            throw new InvalidReferral(java.util.Map.of("reason", "referrals.error.reason"));
        }
        return r;
    }
}
