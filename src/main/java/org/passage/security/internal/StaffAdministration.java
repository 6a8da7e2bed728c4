package org.passage.security.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.organizations.Organization;
import org.passage.organizations.Organizations;
import org.passage.organizations.Role;
import org.passage.organizations.StaffDirectory;
import org.passage.organizations.StaffIdentities;
import org.passage.organizations.StaffIdentity;
import org.passage.organizations.StaffMember;
import org.passage.organizations.Username;
import org.passage.security.CurrentStaff;
import org.passage.security.StaffPrincipal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User administration with its rules: an org admin manages the staff of their own organization only (anyone
 * else's staff member "does not exist" for them, and the attempt is audited); a system admin creates
 * organizations and their first org admin. Nobody gives himself a role that opens case data; such roles, the admin
 * role and password resets of accounts holding them wait for a second admin ({@link SeparationOfDuties},
 * {@link GrantApprovals}). Every account an org admin opens names its person by a work e-mail or phone held by no
 * other account, and the analyst role goes only to an account whose person holds no other ({@link AccountHolders}).
 * Every change is audited.
 */
@Service
class StaffAdministration {

    /** The staff member is not one the acting admin may see; shown as "not found". */
    static final class NotYours extends RuntimeException {
        NotYours() {
            super("no such staff member in your organization");
        }
    }

    /** Roles an org admin may give: all but system admin. */
    static final Set<Role> ORGANIZATION_ROLES = EnumSet.complementOf(EnumSet.of(Role.SYSTEM_ADMIN));

    /**
     * What the admin is shown after opening an account or asking for a change: the one-time password if he is the one
     * to hand it over, and whether the change waits for a second admin.
     */
    record Outcome(StaffMember member, @Nullable String oneTimePassword, boolean awaitingApproval) {
        @Override
        public String toString() {
            return "Outcome[" + member + ", awaitingApproval=" + awaitingApproval + ", REDACTED]";
        }
    }

    private final StaffDirectory staff;
    private final Organizations organizations;
    private final Accounts accounts;
    private final GrantApprovals approvals;
    private final CurrentStaff current;
    private final AuditTrail audit;
    private final StaffIdentities identities;
    private final AccountHolders holders;

    StaffAdministration(StaffDirectory staff, Organizations organizations, Accounts accounts, GrantApprovals approvals,
                        CurrentStaff current, AuditTrail audit, StaffIdentities identities, AccountHolders holders) {
        this.identities = identities;
        this.holders = holders;
        this.staff = staff;
        this.organizations = organizations;
        this.accounts = accounts;
        this.approvals = approvals;
        this.current = current;
        this.audit = audit;
    }

    @PreAuthorize("hasRole('ORG_ADMIN')")
    public List<StaffMember> staffOfMyOrganization() {
        return staff.inOrganization(current.organizationId());
    }

    @PreAuthorize("hasRole('ORG_ADMIN')")
    public StaffMember member(UUID id) {
        return mine(id, "staff.read");
    }

    @PreAuthorize("hasRole('ORG_ADMIN')")
    @Transactional
    public Outcome open(Username username, String displayName, StaffIdentity identity, Set<Role> roles) {
        UUID organization = current.organizationId();
        requireOrganizationRoles(roles);
        if (!identities.holders(identity).isEmpty()) { // the unique index refuses it too, should two admins race
            audit.record(new AuditEvent("staff.created", "staff", null, organization, AuditEvent.Outcome.DENIED,
                    "the identity given already holds an account"));
            throw new StaffIdentities.IdentityTaken();
        }
        if (SeparationOfDuties.needingApproval(Set.of(), roles).isEmpty()) {
            var opened = accounts.open(organization, username, displayName, roles);
            identities.record(opened.member().id(), identity);
            audit.record(new AuditEvent("staff.created", "staff", opened.member().id().toString(), organization,
                    AuditEvent.Outcome.SUCCESS, "roles " + roles));
            return new Outcome(opened.member(), opened.oneTimePassword(), false);
        }
        var member = accounts.openAwaitingApproval(organization, username, displayName, roles);
        identities.record(member.id(), identity);
        audit.record(new AuditEvent("staff.created", "staff", member.id().toString(), organization,
                AuditEvent.Outcome.SUCCESS, "roles " + roles + ", disabled until a second admin approves"));
        var requested = approvals.request(member, StaffGrant.Kind.NEW_ACCOUNT, roles);
        return new Outcome(member, requested.oneTimePassword(), true);
    }

    @PreAuthorize("hasRole('ORG_ADMIN')")
    @Transactional
    public Outcome changeRoles(UUID id, Set<Role> roles) {
        var member = mine(id, "staff.roles_changed");
        requireOrganizationRoles(roles);
        if (isMe(member) && !roles.contains(Role.ORG_ADMIN)) {
            throw new IllegalArgumentException("admin.error.self");
        }
        var added = SeparationOfDuties.needingApproval(member.roles(), roles);
        if (isMe(member) && !added.isEmpty()) { // an admin who reads cases is no longer checked by anyone
            audit.record(new AuditEvent("staff.roles_changed", "staff", member.id().toString(), member.organizationId(),
                    AuditEvent.Outcome.DENIED, "own account given " + added));
            throw new IllegalArgumentException("admin.error.selfGrant");
        }
        if (added.contains(Role.VETTING_ANALYST)) {
            try {
                holders.requireOneAnalystAccount(member);
            } catch (IllegalArgumentException e) {
                audit.record(new AuditEvent("staff.roles_changed", "staff", member.id().toString(), member.organizationId(),
                        AuditEvent.Outcome.DENIED, "vetting analyst refused: " + e.getMessage().substring("admin.error.".length())));
                throw e;
            }
        }
        if (added.isEmpty()) {
            staff.changeRoles(id, roles);
            accounts.endAllSessions(id); // new roles take effect at the next login
            record("staff.roles_changed", member, "roles " + roles);
            return new Outcome(member, null, false);
        }
        var now = EnumSet.copyOf(roles);
        now.removeAll(added);
        if (!now.isEmpty() && !now.equals(member.roles())) { // what is taken away goes at once; what is added waits
            staff.changeRoles(id, now);
            accounts.endAllSessions(id);
            record("staff.roles_changed", member, "roles " + now + " until a second admin approves " + added);
        }
        approvals.request(member, StaffGrant.Kind.ROLES, roles);
        return new Outcome(member, null, true);
    }

    /**
     * Names the person an account opened before identities were recorded belongs to; once named, an account keeps its
     * identity (a new person gets a new account). Another account holding the identity refuses it.
     */
    @PreAuthorize("hasRole('ORG_ADMIN')")
    @Transactional
    public void recordIdentity(UUID id, StaffIdentity identity) {
        var member = mine(id, "staff.identity_recorded");
        if (identities.of(id).isPresent()) {
            throw new IllegalArgumentException("admin.error.identityRecorded");
        }
        if (!identities.holders(identity).isEmpty()) {
            audit.record(new AuditEvent("staff.identity_recorded", "staff", id.toString(), member.organizationId(),
                    AuditEvent.Outcome.DENIED, "the identity given already holds an account"));
            throw new StaffIdentities.IdentityTaken();
        }
        identities.record(id, identity);
        record("staff.identity_recorded", member, "");
    }

    /** The identity an account names, for its organization's admins. */
    @PreAuthorize("hasRole('ORG_ADMIN')")
    public java.util.Optional<String> identityOf(UUID id) {
        return identities.of(mine(id, "staff.read").id());
    }

    @PreAuthorize("hasRole('ORG_ADMIN')")
    @Transactional
    public void setDisabled(UUID id, boolean disabled) {
        var member = mine(id, disabled ? "staff.disabled" : "staff.enabled");
        if (isMe(member)) {
            throw new IllegalArgumentException("admin.error.self");
        }
        if (!disabled && approvals.pendingFor(id).filter(g -> g.kind() == StaffGrant.Kind.NEW_ACCOUNT).isPresent()) {
            throw new IllegalArgumentException("admin.error.grantPending"); // only the approval enables it
        }
        staff.setDisabled(id, disabled);
        accounts.endAllSessions(id);
        record(disabled ? "staff.disabled" : "staff.enabled", member, "");
    }

    @PreAuthorize("hasRole('ORG_ADMIN')")
    @Transactional
    public Outcome resetPassword(UUID id) {
        var member = mine(id, "staff.password_reset");
        if (SeparationOfDuties.resetNeedsApproval(member)) { // whoever sets the password could read cases as him
            var requested = approvals.request(member, StaffGrant.Kind.RESET, member.roles());
            return new Outcome(member, requested.oneTimePassword(), true);
        }
        String oneTime = accounts.resetPassword(id);
        record("staff.password_reset", member, "");
        return new Outcome(member, oneTime, false);
    }

    /**
     * Whoever knows the password enrols the next authenticator, so a reset is for the person himself, asked for by voice
     * or in person ({@code askedInPerson}), never on a message anyone holding his account could send.
     */
    @PreAuthorize("hasRole('ORG_ADMIN')")
    public void resetSecondFactor(UUID id, boolean askedInPerson) {
        var member = mine(id, "staff.totp_reset");
        if (!askedInPerson) {
            throw new IllegalArgumentException("admin.error.totpNotAskedInPerson");
        }
        accounts.resetSecondFactor(id);
        record("staff.totp_reset", member, "");
    }

    @PreAuthorize("hasRole('ORG_ADMIN')")
    public void endAllSessions(UUID id) {
        var member = mine(id, "staff.sessions_ended");
        accounts.endAllSessions(id);
        record("staff.sessions_ended", member, "");
    }

    /** Any logged-in staff member may end all of their own sessions (a lost phone, a shared computer). */
    public void endMyOwnSessions() {
        StaffPrincipal me = current.principal();
        accounts.endAllSessions(me.staffId());
        audit.record(AuditEvent.of("staff.sessions_ended", "staff", me.staffId(), me.organizationId()));
    }

    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    public List<Organization> organizations() {
        return organizations.all();
    }

    /**
     * A new organization with its first org admin, both in one transaction. The system admin is shown this one
     * one-time password: there is nobody else in the organization yet, and no case data (docs/security.md).
     */
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    @Transactional
    public Outcome openOrganization(String name, Username adminUsername, String adminDisplayName) {
        Organization organization = organizations.create(name);
        var opened = accounts.open(organization.id(), adminUsername, adminDisplayName, EnumSet.of(Role.ORG_ADMIN));
        audit.record(new AuditEvent("staff.created", "staff", opened.member().id().toString(), organization.id(),
                AuditEvent.Outcome.SUCCESS, "first org admin"));
        return new Outcome(opened.member(), opened.oneTimePassword(), false);
    }

    /**
     * Another org admin for an existing organization: the way back in when its only admin has lost their second factor
     * or left. The system admin still sees no case data. If the organization has an enabled admin, the new account is
     * disabled until one of them approves it, and that admin, not the system admin, receives its one-time password;
     * only an organization without any enabled admin gets the account at once (recovery), and the trail says so.
     */
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    @Transactional
    public Outcome addOrganizationAdmin(UUID organizationId, Username username, String displayName) {
        Organization organization = organizations.find(organizationId).orElseThrow(NotYours::new);
        boolean anAdminCanApprove = staff.inOrganization(organization.id()).stream().anyMatch(m -> m.has(Role.ORG_ADMIN) && !m.disabled());
        if (!anAdminCanApprove) {
            var opened = accounts.open(organization.id(), username, displayName, EnumSet.of(Role.ORG_ADMIN));
            audit.record(new AuditEvent("staff.created", "staff", opened.member().id().toString(), organization.id(),
                    AuditEvent.Outcome.SUCCESS, "org admin added by the system admin; no enabled admin of the organization could approve"));
            return new Outcome(opened.member(), opened.oneTimePassword(), false);
        }
        var member = accounts.openAwaitingApproval(organization.id(), username, displayName, EnumSet.of(Role.ORG_ADMIN));
        audit.record(new AuditEvent("staff.created", "staff", member.id().toString(), organization.id(),
                AuditEvent.Outcome.SUCCESS, "org admin added by the system admin, disabled until an admin of the organization approves"));
        approvals.request(member, StaffGrant.Kind.NEW_ACCOUNT, EnumSet.of(Role.ORG_ADMIN));
        return new Outcome(member, null, true);
    }

    private StaffMember mine(UUID id, String action) {
        UUID organization = current.organizationId();
        var member = staff.find(id).filter(m -> organization.equals(m.organizationId()));
        if (member.isEmpty()) {
            audit.record(new AuditEvent(action, "staff", id.toString(), organization, AuditEvent.Outcome.DENIED,
                    "staff member of another organization or none"));
            throw new NotYours();
        }
        return member.get();
    }

    private boolean isMe(StaffMember member) {
        return member.id().equals(current.staffId());
    }

    private static void requireOrganizationRoles(Set<Role> roles) {
        if (roles.isEmpty() || !ORGANIZATION_ROLES.containsAll(roles)) {
            throw new IllegalArgumentException("admin.error.roles");
        }
    }

    private void record(String action, StaffMember member, String detail) {
        audit.record(new AuditEvent(action, "staff", member.id().toString(), member.organizationId(), AuditEvent.Outcome.SUCCESS, detail));
    }
}
