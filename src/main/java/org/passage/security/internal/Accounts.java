package org.passage.security.internal;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.organizations.Role;
import org.passage.organizations.StaffDirectory;
import org.passage.organizations.StaffMember;
import org.passage.organizations.Username;
import org.passage.security.StaffAccounts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens accounts: a staff member with a one-time password that must be changed at first login and no second
 * factor yet (enrolled at first login). Callers check who may do this; see {@link StaffAdministration}.
 */
@Component
class Accounts implements StaffAccounts {

    private final StaffDirectory staff;
    private final Credentials credentials;
    private final Passwords passwords;

    Accounts(StaffDirectory staff, Credentials credentials, Passwords passwords) {
        this.staff = staff;
        this.credentials = credentials;
        this.passwords = passwords;
    }

    @Override
    @Transactional
    public Opened open(@Nullable UUID organizationId, Username username, String displayName, Set<Role> roles) {
        StaffMember member = staff.add(organizationId, username, displayName, roles);
        String oneTime = passwords.oneTimePassword();
        credentials.create(member.id(), member.sealScope(), passwords.hash(oneTime));
        return new Opened(member, oneTime);
    }

    /**
     * An account that waits for a second admin: disabled, with a password nobody knows (a one-time password is made
     * and shown to the approving admin only when it is approved, see {@link GrantApprovals}).
     */
    @Transactional
    StaffMember openAwaitingApproval(UUID organizationId, Username username, String displayName, Set<Role> roles) {
        StaffMember member = staff.add(organizationId, username, displayName, roles);
        staff.setDisabled(member.id(), true);
        credentials.create(member.id(), member.sealScope(), passwords.hash(passwords.oneTimePassword()));
        return member;
    }

    /** A new one-time password; every session of the account ends. */
    @Transactional
    String resetPassword(UUID staffId) {
        String oneTime = passwords.oneTimePassword();
        credentials.setPassword(staffId, passwords.hash(oneTime), true);
        credentials.clearFailures(staffId);
        credentials.endAllSessions(staffId);
        return oneTime;
    }

    /** Sets a one-time password chosen earlier (its hash waited for a second admin's approval); every session ends. */
    @Transactional
    void setOneTimePasswordHash(UUID staffId, String passwordHash) {
        credentials.setPassword(staffId, passwordHash, true);
        credentials.clearFailures(staffId);
        credentials.endAllSessions(staffId);
    }

    /** Forgets the TOTP secret so the next login enrols a new authenticator; every session ends. */
    @Transactional
    void resetSecondFactor(UUID staffId) {
        credentials.removeTotp(staffId);
        credentials.endAllSessions(staffId);
    }

    void endAllSessions(UUID staffId) {
        credentials.endAllSessions(staffId);
    }
}
