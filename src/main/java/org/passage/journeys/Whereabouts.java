package org.passage.journeys;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.passage.cases.CaseId;

/**
 * The country a person is in now and since when. The country is coarse enough to be shown on boards and
 * used for the risk register; the city is personal and stays sealed inside this feature.
 */
public record Whereabouts(CaseId caseId, String countryCode, LocalDate since) {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    public Whereabouts {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(since, "since");
        if (!isCountryCode(countryCode)) {
            throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 country code");
        }
    }

    /** Whether {@code code} is an ISO 3166-1 alpha-2 code, upper case, e.g. {@code KZ}. */
    public static boolean isCountryCode(String code) {
        return code != null && COUNTRIES.contains(code);
    }
}
