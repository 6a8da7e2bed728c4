package org.passage.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The screening allowance per key (or session) and per organization: both must hold. An org admin makes as many keys as
 * he likes, and each key had its own 6,000 units a minute, so ten keys were ten allowances on the same shared cores.
 */
class ScreeningAllowancesTests {

    private final RateLimiter limiter = new RateLimiter(java.time.Clock.systemUTC());
    private final UUID organization = UUID.randomUUID();

    @Test
    void anOrganizationsKeysShareItsAllowanceBesideTheirOwn() {
        int perKey = LoginLimits.SCREENING_UNITS.attempts();
        int perOrganization = LoginLimits.SCREENING_UNITS_PER_ORGANIZATION.attempts();
        assertThat(perOrganization).isGreaterThanOrEqualTo(perKey);
        int keys = 0;
        int spent = 0;
        while (keys < 10) {
            UUID key = UUID.randomUUID();
            keys++;
            if (!ScreeningAllowances.spend(limiter, key, organization, perKey)) {
                break;
            }
            spent += perKey;
        }
        // ten keys used to screen 60,000 units a minute; now the organization's 12,000, then no key gets more
        assertThat(spent).isEqualTo(perOrganization);
        assertThat(ScreeningAllowances.spend(limiter, UUID.randomUUID(), organization, 1)).as("a new key of the same organization").isFalse();
        assertThat(ScreeningAllowances.spend(limiter, UUID.randomUUID(), UUID.randomUUID(), perKey)).as("another organization's key").isTrue();
    }

    @Test
    void aKeyStillHasItsOwnLimitAndWhatTheOrganizationRefusedIsGivenBack() {
        UUID key = UUID.randomUUID();
        assertThat(ScreeningAllowances.spend(limiter, key, organization, LoginLimits.SCREENING_UNITS.attempts())).isTrue();
        assertThat(ScreeningAllowances.spend(limiter, key, organization, 1)).as("the key's own allowance").isFalse();

        UUID other = UUID.randomUUID();
        UUID busy = UUID.randomUUID();
        limiter.acquire(LoginLimits.SCREENING_UNITS_PER_ORGANIZATION, busy.toString(), LoginLimits.SCREENING_UNITS_PER_ORGANIZATION.attempts());
        assertThat(ScreeningAllowances.spend(limiter, other, busy, 100)).isFalse();
        // refused by its organization, the key's units were not spent: the whole of its own allowance is left
        assertThat(limiter.refused(LoginLimits.SCREENING_UNITS, other.toString())).isFalse();
        assertThat(ScreeningAllowances.spend(limiter, other, UUID.randomUUID(), LoginLimits.SCREENING_UNITS.attempts())).isTrue();
    }

    @Test
    void aCallerWithoutAnOrganizationIsCountedByHisOwnAllowance() {
        UUID admin = UUID.randomUUID();
        assertThat(ScreeningAllowances.spend(limiter, admin, null, LoginLimits.SCREENING_UNITS.attempts())).isTrue();
        assertThat(ScreeningAllowances.spend(limiter, admin, null, 1)).isFalse();
    }
}
