package org.passage.security;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.organizations.Role;
import org.passage.organizations.StaffMember;
import org.passage.organizations.Username;

/**
 * Opens staff accounts where no one is signed in to the web pages: an installation's first accounts, made by
 * an operator (the demo's logins today, a first system admin later). The caller is trusted to decide who gets an
 * account; on the web, admins open accounts through their own checked and audited pages instead.
 */
public interface StaffAccounts {

    /** A new account and its one-time password, shown once and never stored in plaintext. */
    record Opened(StaffMember member, String oneTimePassword) {
        @Override
        public String toString() {
            return "Opened[" + member + ", oneTimePassword=[REDACTED]]";
        }
    }

    /**
     * An account of the organization (none for a system admin) whose one-time password must be changed at
     * first login, where a second factor is enrolled too.
     */
    Opened open(@Nullable UUID organizationId, Username username, String displayName, Set<Role> roles);
}
