package org.passage.screening.internal.web;

/**
 * Who may screen. Ad-hoc screening (page and API) is for staff who work on cases; reviewing the hits of a case
 * is the vetting analyst's and the coordinator's job, and only on a case they have need to know of (decided
 * by the cases feature). Auditors and admins screen nothing: a screened name is personal data.
 */
final class ScreeningAccess {

    static final String SCREENERS = "hasAnyRole('COORDINATOR','CASEWORKER','VETTING_ANALYST','LAWYER')";
    /** The match and search API also answer requests made with an organization's API key (see docs/screening.md). */
    static final String SCREENERS_OR_API_KEYS = "hasAnyRole('COORDINATOR','CASEWORKER','VETTING_ANALYST','LAWYER') or hasAuthority('"
            + org.passage.security.StaffAuthentication.API_CLIENT + "')";
    static final String REVIEWERS = "hasAnyRole('COORDINATOR','VETTING_ANALYST')";

    /** Whether the member decides on hits, as {@link #REVIEWERS} says for the routes: the pages ask it of the reader. */
    static boolean reviewer(org.passage.security.CurrentStaff staff) {
        return staff.has(org.passage.organizations.Role.COORDINATOR) || staff.has(org.passage.organizations.Role.VETTING_ANALYST);
    }

    private ScreeningAccess() {
    }
}
