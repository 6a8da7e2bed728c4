package org.passage.cases;

import java.util.List;
import java.util.UUID;

/**
 * The old index of an organization's cases for the system, kept only because vetting's demo data still uses it: a
 * thin adapter over {@link Cases#ofOrganization}, removed once vetting uses Cases.
 *
 * @deprecated use {@link Cases#ofOrganization}; removed once vetting uses Cases.
 */
@Deprecated(forRemoval = true)
public interface CaseIndex {

    /** {@link Cases#ofOrganization}: system tickets, newest first, with one audit row. */
    List<CaseRef> ofOrganization(UUID organizationId);
}
