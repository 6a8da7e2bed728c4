package org.passage.security.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.passage.organizations.Organization;
import org.passage.organizations.Role;
import org.passage.organizations.StaffIdentity;
import org.passage.organizations.StaffMember;
import org.passage.organizations.Username;

/**
 * A staff member's fields as typed into a form, checked field by field: {@link #errors()} maps each field at
 * fault to a message key, and the form is shown again with nothing stored.
 */
record StaffForm(String organizationName, String username, String displayName, String identity, List<String> roles) {

    StaffForm {
        organizationName = organizationName == null ? "" : organizationName;
        username = username == null ? "" : username;
        displayName = displayName == null ? "" : displayName;
        identity = identity == null ? "" : identity;
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    static StaffForm empty() {
        return new StaffForm("", "", "", "", List.of());
    }

    Map<String, String> errors(boolean withOrganization, boolean withRoles) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (withOrganization && !valid(() -> Organization.validName(organizationName))) {
            errors.put("organizationName", "admin.error.organizationName");
        }
        if (!Username.isValid(username)) {
            errors.put("username", "admin.error.username");
        }
        if (!valid(() -> StaffMember.validDisplayName(displayName))) {
            errors.put("displayName", "admin.error.displayName");
        }
        if (withRoles && !StaffIdentity.isValid(identity)) { // the org admin's form: whose account is it
            errors.put("identity", "admin.error.identity");
        }
        if (withRoles && parsedRoles() == null) {
            errors.put("roles", "admin.error.roles");
        }
        return errors;
    }

    /** The chosen roles, or null if none or one that an org admin may not give. */
    @Nullable
    Set<Role> parsedRoles() {
        Set<Role> parsed = EnumSet.noneOf(Role.class);
        for (String name : roles) {
            Role role;
            try {
                role = Role.valueOf(name);
            } catch (IllegalArgumentException e) {
                return null;
            }
            if (!StaffAdministration.ORGANIZATION_ROLES.contains(role)) {
                return null;
            }
            parsed.add(role);
        }
        return parsed.isEmpty() ? null : parsed;
    }

    static List<Role> assignableRoles() {
        return new ArrayList<>(StaffAdministration.ORGANIZATION_ROLES);
    }

    private static boolean valid(Runnable check) {
        try {
            check.run();
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return "StaffForm[REDACTED]";
    }
}
