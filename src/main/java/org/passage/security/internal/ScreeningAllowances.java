package org.passage.security.internal;

import org.passage.security.CurrentStaff;
import org.passage.security.ScreeningAllowance;
import org.springframework.stereotype.Component;

/**
 * {@link ScreeningAllowance} on the {@link RateLimiter}, under {@link LoginLimits#SCREENING_UNITS}: counted by the
 * acting principal's id, which is the key's id for a request made with an API key (as {@link DirectApiRoutes} counts it)
 * and the staff member's id for a session, so a stolen session cannot screen without limit either.
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
        return limiter.acquire(LoginLimits.SCREENING_UNITS, staff.staffId().toString(), units).allowed();
    }

    @Override
    public int retryAfterSeconds() {
        return (int) LoginLimits.SCREENING_UNITS.window().toSeconds();
    }
}
