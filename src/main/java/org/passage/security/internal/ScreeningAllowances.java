package org.passage.security.internal;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.security.CurrentStaff;
import org.passage.security.ScreeningAllowance;
import org.springframework.stereotype.Component;

/**
 * {@link ScreeningAllowance} on the {@link RateLimiter}, under {@link LoginLimits#SCREENING_UNITS}: counted by the
 * acting principal's id, which is the key's id for a request made with an API key (as {@link DirectApiRoutes} counts it)
 * and the staff member's id for a session, so a stolen session cannot screen without limit either; and under
 * {@link LoginLimits#SCREENING_UNITS_PER_ORGANIZATION} by his organization, so ten keys are not ten allowances.
 */
@Component
class ScreeningAllowances implements ScreeningAllowance {

    private final RateLimiter limiter;
    private final CurrentStaff staff;

    ScreeningAllowances(RateLimiter limiter, CurrentStaff staff) {
        this.limiter = limiter;
        this.staff = staff;
    }

    @Override
    public boolean spend(int units) {
        var caller = staff.principal();
        return spend(limiter, caller.staffId(), caller.organizationId(), units);
    }

    /**
     * Spends {@code units} of the caller's allowance and of his organization's: both must hold. Refused by the
     * organization's, the caller's units are given back, as the refused request does no work.
     */
    static boolean spend(RateLimiter limiter, UUID caller, @Nullable UUID organization, int units) {
        if (!limiter.acquire(LoginLimits.SCREENING_UNITS, caller.toString(), units).allowed()) {
            return false;
        }
        if (organization != null && !limiter.acquire(LoginLimits.SCREENING_UNITS_PER_ORGANIZATION, organization.toString(), units).allowed()) {
            limiter.refund(LoginLimits.SCREENING_UNITS, caller.toString(), units);
            return false;
        }
        return true;
    }

    @Override
    public int retryAfterSeconds() {
        return (int) LoginLimits.SCREENING_UNITS.window().toSeconds();
    }
}
