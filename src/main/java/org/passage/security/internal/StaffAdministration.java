package org.passage.security.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.organizations.Organization;
import org.passage.organizations.Organizations;
import org.passage.organizations.Role;
import org.passage.organizations.StaffDirectory;
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
 * organizations and their first org admin. Nobody gives himself a role that opens case data. Every change is audited.
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

    /** Roles that open case data; nobody may give one of them to himself. */
    static final Set<Role> CASE_ROLES = EnumSet.of(Role.COORDINATOR, Role.CASEWORKER, Role.LAWYER, Role.VETTING_ANALYST);

    private final StaffDirectory staff;
    private final Organizations organizations;
    private final Accounts accounts;
    private final CurrentStaff current;
    private final AuditTrail audit;

    StaffAdministration(StaffDirectory staff, Organizations organizations, Accounts accounts, CurrentStaff current, AuditTrail audit) {
        this.staff = staff;
        this.organizations = organizations;
        this.accounts = accounts;
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
    public Accounts.Opened open(Username username, String displayName, Set<Role> roles) {
        UUID organization = current.organizationId();
        requireOrganizationRoles(roles);
        var opened = accounts.open(organization, username, displayName, roles);
        audit.record(new AuditEvent("staff.created", "staff", opened.member().id().toString(), organization,
                AuditEvent.Outcome.SUCCESS, "roles " + roles));
        return opened;
    }

    @PreAuthorize("hasRole('ORG_ADMIN')")
    @Transactional
    public void changeRoles(UUID id, Set<Role> roles) {
        var member = mine(id, "staff.roles_changed");
        requireOrganizationRoles(roles);
        if (isMe(member) && !roles.contains(Role.ORG_ADMIN)) {
            throw new IllegalArgumentException("admin.error.self");
        }
        var added = EnumSet.copyOf(roles);
        added.removeAll(member.roles());
        added.retainAll(CASE_ROLES);
        if (isMe(member) && !added.isEmpty()) { // an admin who reads cases is no longer checked by anyone
            audit.record(new AuditEvent("staff.roles_changed", "staff", member.id().toString(), member.organizationId(),
                    AuditEvent.Outcome.DENIED, "own account given " + added));
            throw new IllegalArgumentException("admin.error.selfGrant");
        }
        staff.changeRoles(id, roles);
        accounts.endAllSessions(id); // new roles take effect at the next login
        record("staff.roles_changed", member, "roles " + roles);
    }

    @PreAuthorize("hasRole('ORG_ADMIN')")
    @Transactional
    public void setDisabled(UUID id, boolean disabled) {
        var member = mine(id, disabled ? "staff.disabled" : "staff.enabled");
        if (isMe(member)) {
            throw new IllegalArgumentException("admin.error.self");
        }
        staff.setDisabled(id, disabled);
        accounts.endAllSessions(id);
        record(disabled ? "staff.disabled" : "staff.enabled", member, "");
    }

    @PreAuthorize("hasRole('ORG_ADMIN')")
    public String resetPassword(UUID id) {
        var member = mine(id, "staff.password_reset");
        String oneTime = accounts.resetPassword(id);
        record("staff.password_reset", member, "");
        return oneTime;
    }

    @PreAuthorize("hasRole('ORG_ADMIN')")
    public void resetSecondFactor(UUID id) {
        var member = mine(id, "staff.totp_reset");
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

    /** A new organization with its first org admin, both in one transaction. */
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    @Transactional
    public Accounts.Opened openOrganization(String name, Username adminUsername, String adminDisplayName) {
        Organization organization = organizations.create(name);
        var opened = accounts.open(organization.id(), adminUsername, adminDisplayName, EnumSet.of(Role.ORG_ADMIN));
        audit.record(new AuditEvent("staff.created", "staff", opened.member().id().toString(), organization.id(),
                AuditEvent.Outcome.SUCCESS, "first org admin"));
        return opened;
    }

    /**
     * Another org admin for an existing organization: the way back in when its only admin has lost their
     * second factor or left. The system admin still sees no case data; the new admin starts with a one-time password.
     */
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    @Transactional
    public Accounts.Opened addOrganizationAdmin(UUID organizationId, Username username, String displayName) {
        Organization organization = organizations.find(organizationId).orElseThrow(NotYours::new);
        var opened = accounts.open(organization.id(), username, displayName, EnumSet.of(Role.ORG_ADMIN));
        audit.record(new AuditEvent("staff.created", "staff", opened.member().id().toString(), organization.id(),
                AuditEvent.Outcome.SUCCESS, "org admin added by the system admin"));
        return opened;
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
