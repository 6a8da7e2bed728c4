package org.passage.demo;

import java.io.PrintStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.organizations.Organizations;
import org.passage.organizations.Role;
import org.passage.organizations.StaffDirectory;
import org.passage.organizations.StaffIdentities;
import org.passage.organizations.StaffIdentity;
import org.passage.organizations.Username;
import org.passage.security.StaffAccounts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's organizations and staff. Accounts are created only if missing, and their one-time passwords
 * are printed only then: Passage never keeps a readable password, so a second run has nothing to print.
 */
@Component
class DemoAccounts implements DemoSeeder {

    static final String ARK = "Ark Demo";
    static final String FOREST = "Forest Demo";
    static final String BIRCH = "Birch Demo";

    private record Demo(String username, String displayName, @Nullable String organization, Set<Role> roles) {
    }

    private static final List<Demo> ACCOUNTS = List.of(
            new Demo("sysadmin", "Sam System", null, EnumSet.of(Role.SYSTEM_ADMIN)),
            new Demo("orgadmin", "Olga Admin", ARK, EnumSet.of(Role.ORG_ADMIN)),
            new Demo("coordinator", "Katya Coordinator", ARK, EnumSet.of(Role.COORDINATOR)),
            new Demo("caseworker", "Misha Caseworker", ARK, EnumSet.of(Role.CASEWORKER)),
            new Demo("caseworker2", "Lena Caseworker", ARK, EnumSet.of(Role.CASEWORKER)),
            new Demo("analyst", "Anton Analyst", ARK, EnumSet.of(Role.VETTING_ANALYST)),
            new Demo("analyst2", "Vera Analyst", ARK, EnumSet.of(Role.VETTING_ANALYST)),
            new Demo("lawyer", "Lev Lawyer", ARK, EnumSet.of(Role.LAWYER)),
            new Demo("auditor", "Ada Auditor", ARK, EnumSet.of(Role.AUDITOR)),
            new Demo("forest.caseworker", "Fedor Forest", FOREST, EnumSet.of(Role.CASEWORKER)),
            new Demo("forest.coordinator", "Farida Forest", FOREST, EnumSet.of(Role.COORDINATOR)),
            new Demo("birch.coordinator", "Boris Birch", BIRCH, EnumSet.of(Role.COORDINATOR)),
            new Demo("birch.caseworker", "Bella Birch", BIRCH, EnumSet.of(Role.CASEWORKER)));

    private final Organizations organizations;
    private final StaffDirectory staff;
    private final StaffAccounts accounts;
    private final StaffIdentities identities;

    DemoAccounts(Organizations organizations, StaffDirectory staff, StaffAccounts accounts, StaffIdentities identities) {
        this.identities = identities;
        this.organizations = organizations;
        this.staff = staff;
        this.accounts = accounts;
    }

    @Override
    public DemoData step() {
        return DemoData.ACCOUNTS;
    }

    @Override
    @Transactional
    public void seed(PrintStream console) {
        UUID ark = organizations.findByName(ARK).orElseGet(() -> organizations.create(ARK)).id();
        UUID forest = organizations.findByName(FOREST).orElseGet(() -> organizations.create(FOREST)).id();
        UUID birch = organizations.findByName(BIRCH).orElseGet(() -> organizations.create(BIRCH)).id();
        // the logins are printed in one write once every account is made: the server's threads log to the same console
        // (the screening index, the first re-screening), and a log line printed between two logins hid one of them
        StringBuilder logins = new StringBuilder();
        for (Demo demo : ACCOUNTS) {
            if (staff.findByUsername(demo.username()).isPresent()) {
                continue;
            }
            UUID organization = demo.organization() == null ? null
                    : ARK.equals(demo.organization()) ? ark : FOREST.equals(demo.organization()) ? forest : birch;
            var opened = accounts.open(organization, new Username(demo.username()), demo.displayName(), demo.roles());
            // whose account it is (one person, one account: docs/security.md); an invented address of the demo's domain
            identities.record(opened.member().id(), StaffIdentity.of(demo.username() + "@"
                    + (demo.organization() == null ? "passage" : demo.organization().toLowerCase(java.util.Locale.ROOT).replace(' ', '-'))
                    + ".example"));
            logins.append(String.format(java.util.Locale.ROOT, "  %-18s %-22s %s%n", demo.username(), opened.oneTimePassword(),
                    demo.organization() == null ? "(system admin)" : demo.organization() + " " + demo.roles()));
        }
        if (logins.isEmpty()) {
            console.println("Demo accounts exist already (their one-time passwords were printed when they were created).");
        } else {
            console.print(System.lineSeparator() + "Demo logins (one-time passwords, shown only now; each must be changed at first login,"
                    + System.lineSeparator() + "then a TOTP authenticator is set up — see docs/security.md):" + System.lineSeparator() + logins);
            console.flush();
        }
    }
}
