package org.passage.screening.internal.web;

/**
 * Who may screen. Ad-hoc screening (page and API) is for staff who work on cases; reviewing the hits of a case
 * is the vetting analyst's and the coordinator's job, and only on a case they have need to know of (decided
 * by the cases feature). Auditors and admins screen nothing: a screened name is personal data.
 */
final class ScreeningAccess {

    static final String SCREENERS = "hasAnyRole('COORDINATOR','CASEWORKER','VETTING_ANALYST','LAWYER')";
    static final String REVIEWERS = "hasAnyRole('COORDINATOR','VETTING_ANALYST')";

    private ScreeningAccess() {
    }
}
