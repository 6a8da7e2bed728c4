package org.passage.units;

import java.util.UUID;

/**
 * An analyst's decision on a link between a unit and an incident (an inferred lead, usually): confirmed, it is a
 * documented link in every later vetting run; rejected, it is kept (so no import adds it again) but no longer read.
 * Audited as {@code unit.link.confirm} / {@code unit.link.reject}.
 */
public interface LinkReviews {

    /**
     * Decides on the link of {@code unitId} to {@code incidentId}; refused with an {@link IllegalArgumentException}
     * whose message starts with the field at fault ("reason: …", "link: …") when the reason is missing or too long or
     * there is no such link. Nothing is changed then.
     */
    void decide(UUID unitId, UUID incidentId, boolean confirm, String reason);
}
