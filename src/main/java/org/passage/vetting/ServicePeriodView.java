package org.passage.vetting;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.geo.Coordinates;

/**
 * One claimed service period, dates as the applicant gave them ("2022-03", "spring 2022", "2022-03-01") with the
 * earliest and latest day they allow. Personal data: {@link #toString()} shows only the id.
 *
 * @param sourceKind              STATEMENT, DOCUMENT, PHOTO or WITNESS
 * @param sourceIdentifiesSomeone a witness or source who could be identified: redact it for authorities
 * @param territoryStatus         russia|belarus|ukraine|occupied-ukraine|other|mixed|unknown, as geo answers
 */
public record ServicePeriodView(UUID id, String unitText, @Nullable String unitName, @Nullable String unitNumber,
                                String role, String placeName, @Nullable Coordinates coordinates,
                                String fromText, String toText, LocalDate earliest, LocalDate latest,
                                String sourceKind, String sourceDescription, boolean sourceIdentifiesSomeone,
                                String territoryStatus) {

    @Override
    public String toString() {
        return "ServicePeriodView[" + id + ", redacted]";
    }
}
