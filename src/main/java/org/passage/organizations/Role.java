package org.passage.organizations;

/**
 * What a staff member may do. A system admin runs the installation (organizations, keys) and sees no case
 * data at all; every other role works inside one organization.
 */
public enum Role {
    COORDINATOR, CASEWORKER, VETTING_ANALYST, LAWYER, AUDITOR, ORG_ADMIN, SYSTEM_ADMIN;

    /** The Spring Security authority name, e.g. {@code ROLE_VETTING_ANALYST}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
