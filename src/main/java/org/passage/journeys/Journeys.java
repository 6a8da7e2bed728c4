package org.passage.journeys;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.passage.cases.CaseId;

/**
 * What other features may ask about journeys. These lookups decide no access: the caller must already have
 * checked that its reader may see the case (e.g. through the case list it shows).
 */
public interface Journeys {

    /** Where the person of a case is now, if anybody recorded it. */
    Optional<Whereabouts> whereabouts(CaseId caseId);

    /** The same for many cases at once (a board), in one query; cases without a location are absent. */
    Map<CaseId, Whereabouts> whereabouts(Collection<CaseId> caseIds);

    /** The country's current risk assessment for someone of ours there, if the organization assessed it. */
    Optional<CountryRisk> risk(java.util.UUID organizationId, String countryCode);

    /**
     * The whole recorded journey of the case the caller holds a ticket to, oldest first (personal: reasons and
     * cities); the ticket's pass through the case's door was the check and the audit row.
     */
    JourneyHistory history(org.passage.cases.CaseRef ticket);
}
