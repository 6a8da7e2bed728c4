package org.passage.audit;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Names for the ids the audit trail stores, so an auditor reads people and cases, not UUIDs: the organizations
 * feature names staff ({@value #STAFF}), the cases feature names cases by their code ({@value #CASE}). Features
 * declare it as a bean, so that the audit feature, which every feature writes to, depends on none of them.
 * A name is never more than the auditor may see: a display name, a case code.
 */
public interface AuditNames {

    String STAFF = "staff";
    String CASE = "case";

    /** The record type whose ids this names: {@link #STAFF} (also the actors) or {@link #CASE}. */
    String recordType();

    /** Names of those of {@code ids} this feature knows within the organization; unknown ids are left out. */
    Map<String, String> names(UUID organizationId, Collection<String> ids);

    /** The id of the record the organization knows by {@code name} (a case code), for a filter. */
    Optional<String> idOf(UUID organizationId, String name);

    /** Every record there is to choose from in a filter, id to name, or empty when there are too many (cases). */
    default Map<String, String> choices(UUID organizationId) {
        return Map.of();
    }
}
