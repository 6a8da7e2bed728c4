package org.passage.security.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The API's per-minute limits an operator may set ({@code passage.api.limits.*}), for an installation whose own
 * screening scripts send more than the defaults allow: requests per key, screening units per key or staff session, and
 * units per organization. The login defences are not configurable. Unset, each is {@link LoginLimits}' default.
 */
@ConfigurationProperties("passage.api.limits")
record ApiLimitSettings(@Nullable Integer requestsPerKey, @Nullable Integer unitsPerKey, @Nullable Integer unitsPerOrganization) {

    static final int MAX = 10_000_000;

    ApiLimitSettings {
        requestsPerKey = checked("requests-per-key", requestsPerKey, LoginLimits.API_KEY_REQUESTS);
        unitsPerKey = checked("units-per-key", unitsPerKey, LoginLimits.SCREENING_UNITS);
        unitsPerOrganization = checked("units-per-organization", unitsPerOrganization, LoginLimits.SCREENING_UNITS_PER_ORGANIZATION);
    }

    static ApiLimitSettings defaults() {
        return new ApiLimitSettings(null, null, null);
    }

    /** The number of attempts a window allows under {@code limit}: the configured one for the API's, else the default. */
    int attempts(LoginLimits limit) {
        return switch (limit) {
            case API_KEY_REQUESTS -> requestsPerKey;
            case SCREENING_UNITS -> unitsPerKey;
            case SCREENING_UNITS_PER_ORGANIZATION -> unitsPerOrganization;
            default -> limit.attempts();
        };
    }

    private static int checked(String name, @Nullable Integer value, LoginLimits limit) {
        if (value == null) {
            return limit.attempts();
        }
        if (value < 1 || value > MAX) {
            throw new IllegalArgumentException("passage.api.limits." + name + " must be between 1 and " + MAX + " a minute, not " + value);
        }
        return value;
    }
}
