package org.passage.cases;

import java.util.List;
import java.util.UUID;

/**
 * The cases of an organization as bare references, for work that reads no case for a staff member (the demo seeder,
 * scheduled jobs, the statistics). No reader, so no need-to-know check: it gives out no personal data, only ids
 * and stages, and must never be used to answer a request with anything but suppressed aggregate counts.
 */
public interface CaseIndex {

    /** Every case of the organization, newest first; {@code mayChange} and {@code mayCoordinate} are false. */
    List<CaseRef> ofOrganization(UUID organizationId);
}
