package org.passage.units;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.passage.geo.Coordinates;

/**
 * A documented civilian-harm incident near a place, whatever unit was there: how far from the place, when, and how
 * well it is documented. Found by place and time, it says nothing about who did it.
 */
public record NearbyIncident(UUID incidentId, IncidentRecord record, String title, String placeName, Coordinates coordinates,
                             LocalDate from, LocalDate to, String summary, List<String> sourceUrls, Documentation documentation,
                             double distanceKm) {

    /**
     * ESTABLISHED: entered by an analyst from an investigation or court, or linked to a unit by a confirmed link;
     * SOURCED: imported from an OSINT dataset with a publisher link; UNSOURCED: neither.
     */
    public enum Documentation { ESTABLISHED, SOURCED, UNSOURCED }

    public NearbyIncident {
        Objects.requireNonNull(incidentId, "incidentId");
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(documentation, "documentation");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("an incident ends on or after it starts");
        }
        if (!(distanceKm >= 0)) {
            throw new IllegalArgumentException("a distance is not negative");
        }
        sourceUrls = List.copyOf(sourceUrls);
    }
}
