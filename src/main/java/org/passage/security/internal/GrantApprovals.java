package org.passage.security.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.organizations.Role;
import org.passage.organizations.StaffDirectory;
import org.passage.organizations.StaffMember;
import org.passage.security.CurrentStaff;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second admin's side of separation of duties: what waits for approval, and approving or refusing it. Every
 * request, approval, refusal and refused attempt is written to the organization's audit trail ({@code staff.grant_*}).
 */
@Service
class GrantApprovals {

    /** A grant as an approver sees it; {@code refusal} is why the viewer may not approve it (a message key), if so. */
    record Pending(StaffGrant grant, StaffMember member, String requestedBy, @Nullable String refusal, @Nullable String identity,
                   List<String> linkedAccounts) {
        @Override
        public String toString() {
            return "Pending[" + grant + "]";
        }
    }

    /** The result of an approval: the one-time password of a new or reset account, for the approving org admin only. */
    record Approved(StaffMember member, @Nullable String oneTimePassword) {
        @Override
        public String toString() {
            return "Approved[" + member + ", REDACTED]";
        }
    }

    private final StaffGrants grants;
    private final StaffDirectory staff;
    private final Accounts accounts;
    private final Passwords passwords;
    private final CurrentStaff current;
    private final AuditTrail audit;
    private final Clock clock;
    private final AccountHolders holders;

    GrantApprovals(StaffGrants grants, StaffDirectory staff, Accounts accounts, Passwords passwords, CurrentStaff current,
                   AuditTrail audit, Clock clock, AccountHolders holders) {
        this.holders = holders;
        this.grants = grants;
        this.staff = staff;
        this.accounts = accounts;
        this.passwords = passwords;
        this.current = current;
        this.audit = audit;
        this.clock = clock;
    }

    /** A request as the requesting admin sees it: the one-time password when a system admin will approve. */
    record Requested(StaffGrant grant, @Nullable String oneTimePassword) {
        @Override
        public String toString() {
            return "Requested[" + grant + ", REDACTED]";
        }
    }

    /**
     * Records a request; the caller has checked that the requester may administer the account. The approver is another
     * admin of the organization if there is one, else a system admin; in that case the requesting org admin receives
     * the one-time password now (it works only once approved), since a system admin must never see it.
     */
    Requested request(StaffMember member, StaffGrant.Kind kind, Set<Role> roles) {
        UUID organization = Objects.requireNonNull(member.organizationId());
        if (grants.pendingFor(member.id()).isPresent()) {
            throw new IllegalArgumentException("admin.error.grantPending");
        }
        UUID requester = current.staffId();
        long otherAdmins = staff.inOrganization(organization).stream()
                .filter(m -> m.has(Role.ORG_ADMIN) && !m.disabled() && !m.id().equals(requester) && !m.id().equals(member.id()))
                .count();
        var approver = SeparationOfDuties.approver(otherAdmins);
        boolean requesterIsOfTheOrganization = organization.equals(current.principal().organizationId());
        String oneTime = null;
        if (approver == StaffGrant.Approver.INSTALLATION && kind != StaffGrant.Kind.ROLES && requesterIsOfTheOrganization) {
            oneTime = passwords.oneTimePassword();
        }
        var grant = grants.request(organization, member.id(), kind, roles, approver, requester, clock.instant(),
                oneTime == null ? null : passwords.hash(oneTime));
        audit.record(new AuditEvent("staff.grant_requested", "staff", member.id().toString(), organization,
                AuditEvent.Outcome.SUCCESS, kind + " " + roles + ", to be approved by " + approver.name().toLowerCase(Locale.ROOT)));
        return new Requested(grant, oneTime);
    }

    Optional<StaffGrant> pendingFor(UUID staffId) {
        return grants.pendingFor(staffId);
    }

    /**
     * What waits in the viewer's organization (an org admin) or for the installation (a system admin). An org admin also
     * sees the person each account names and the other accounts linked to that person (same identity, or a browser both
     * logged in with); a system admin sees neither.
     */
    @PreAuthorize("hasAnyRole('ORG_ADMIN', 'SYSTEM_ADMIN')")
    public List<Pending> waiting() {
        StaffMember me = staff.find(current.staffId()).orElseThrow();
        var waiting = me.isSystemAdmin() ? grants.pendingForInstallation() : grants.pendingIn(current.organizationId());
        return waiting.stream().map(g -> {
            StaffMember member = staff.find(g.staffId()).orElseThrow();
            String requester = staff.find(g.requestedBy()).map(m -> m.username().value()).orElse("?");
            boolean ofMyOrganization = g.organizationId().equals(me.organizationId());
            return new Pending(g, member, requester, SeparationOfDuties.refusalToApprove(g, me).orElse(null),
                    ofMyOrganization ? holders.identity(member.id()).orElse(null) : null,
                    ofMyOrganization ? holders.linkedAccounts(member.id(), g.organizationId()) : List.of());
        }).toList();
    }

    @PreAuthorize("hasAnyRole('ORG_ADMIN', 'SYSTEM_ADMIN')")
    @Transactional
    public Approved approve(UUID grantId) {
        StaffMember me = staff.find(current.staffId()).orElseThrow();
        StaffGrant grant = visible(grantId, me, "staff.grant_approved");
        var refusal = SeparationOfDuties.refusalToApprove(grant, me);
        if (refusal.isPresent()) {
            audit.record(new AuditEvent("staff.grant_approved", "staff", grant.staffId().toString(), grant.organizationId(),
                    AuditEvent.Outcome.DENIED, refusal.get().substring("admin.error.".length()) + ", request " + grant.id()));
            throw new IllegalArgumentException(refusal.get());
        }
        if (grant.kind() != StaffGrant.Kind.RESET && grant.roles().contains(Role.VETTING_ANALYST)) {
            try { // asked again: a second analyst account of the same person may have been granted meanwhile
                holders.requireOneAnalystAccount(staff.find(grant.staffId()).orElseThrow());
            } catch (IllegalArgumentException e) {
                audit.record(new AuditEvent("staff.grant_approved", "staff", grant.staffId().toString(), grant.organizationId(),
                        AuditEvent.Outcome.DENIED, e.getMessage().substring("admin.error.".length()) + ", request " + grant.id()));
                throw e;
            }
        }
        if (!grants.decide(grant.id(), true, me.id(), clock.instant())) {
            throw new StaffAdministration.NotYours();
        }
        String oneTime = null;
        if (grant.kind() != StaffGrant.Kind.ROLES) {
            // the requester holds the password when a system admin approves; otherwise the approving org admin gets it
            if (grant.passwordHash() != null) {
                accounts.setOneTimePasswordHash(grant.staffId(), grant.passwordHash());
            } else if (grant.organizationId().equals(me.organizationId())) {
                oneTime = accounts.resetPassword(grant.staffId());
            }
        }
        if (grant.kind() != StaffGrant.Kind.RESET) {
            staff.changeRoles(grant.staffId(), grant.roles());
        }
        if (grant.kind() == StaffGrant.Kind.NEW_ACCOUNT) {
            staff.setDisabled(grant.staffId(), false);
        }
        accounts.endAllSessions(grant.staffId());
        audit.record(new AuditEvent("staff.grant_approved", "staff", grant.staffId().toString(), grant.organizationId(),
                AuditEvent.Outcome.SUCCESS, grant.kind() + " " + grant.roles() + ", requested by staff " + grant.requestedBy()));
        return new Approved(staff.find(grant.staffId()).orElseThrow(), oneTime);
    }

    /** Refuses (or, for the admin who asked, withdraws) a request; a refused new account stays disabled. */
    @PreAuthorize("hasAnyRole('ORG_ADMIN', 'SYSTEM_ADMIN')")
    @Transactional
    public void refuse(UUID grantId) {
        StaffMember me = staff.find(current.staffId()).orElseThrow();
        StaffGrant grant = visible(grantId, me, "staff.grant_refused");
        boolean mayRefuse = me.id().equals(grant.requestedBy()) || SeparationOfDuties.refusalToApprove(grant, me).isEmpty();
        if (!mayRefuse || !grants.decide(grant.id(), false, me.id(), clock.instant())) {
            audit.record(new AuditEvent("staff.grant_refused", "staff", grant.staffId().toString(), grant.organizationId(),
                    AuditEvent.Outcome.DENIED, "request " + grant.id()));
            throw new IllegalArgumentException("admin.error.approver");
        }
        audit.record(new AuditEvent("staff.grant_refused", "staff", grant.staffId().toString(), grant.organizationId(),
                AuditEvent.Outcome.SUCCESS, grant.kind() + " " + grant.roles() + ", requested by staff " + grant.requestedBy()));
    }

    /** The pending grant if the viewer's organization (or, for a system admin, the installation) is asked; else "not found". */
    private StaffGrant visible(UUID grantId, StaffMember me, String action) {
        var grant = grants.pending(grantId).filter(g -> me.isSystemAdmin()
                ? g.approver() == StaffGrant.Approver.INSTALLATION
                : g.organizationId().equals(me.organizationId()));
        if (grant.isEmpty()) {
            audit.record(new AuditEvent(action, "staff_grant", grantId.toString(), me.organizationId(), AuditEvent.Outcome.DENIED,
                    "no pending request of this organization"));
            throw new StaffAdministration.NotYours();
        }
        return grant.get();
    }
}
