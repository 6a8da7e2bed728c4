package org.passage.units;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.geo.Coordinates;

/**
 * An incident linked to a unit, with how sure the link is. {@code reviewed} is false for a link the import
 * inferred by space and time that no analyst has confirmed yet; {@code inferred} is true for a link the import
 * made from proximity (a lead until an analyst confirms it). {@code record} names the incident in its dataset
 * ({@link IncidentRecord}); {@code basis} says why the link exists, in words.
 */
public record UnitIncidentView(UUID incidentId, String title, String placeName, @Nullable Coordinates coordinates,
                               LocalDate from, LocalDate to, String summary, Confidence confidence,
                               List<String> sourceUrls, boolean reviewed, boolean inferred, IncidentRecord record, String basis) {

    /** CONFIRMED: stated by a reliable source or an analyst; PROBABLE/POSSIBLE: inferred, nearer or farther. */
    public enum Confidence { CONFIRMED, PROBABLE, POSSIBLE }

    public UnitIncidentView {
        Objects.requireNonNull(incidentId, "incidentId");
        Objects.requireNonNull(confidence, "confidence");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("an incident ends on or after it starts");
        }
        sourceUrls = List.copyOf(sourceUrls);
        Objects.requireNonNull(record, "record");
    }

    /** A documented link: confirmed by an analyst or a reliable source, never proximity alone. */
    public boolean documented() {
        return confidence == Confidence.CONFIRMED;
    }
}
