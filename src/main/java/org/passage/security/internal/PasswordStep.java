package org.passage.security.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.organizations.StaffDirectory;
import org.passage.organizations.StaffMember;
import org.passage.security.StaffAuthentication;
import org.passage.security.StaffAuthentication.Stage;
import org.passage.security.StaffPrincipal;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The first login step: rate limits (per address first, then per username from that address), lockout, then the
 * Argon2id password. A wrong password counts only against the address it came from, so no one can lock a member out
 * from elsewhere; the account lockout is left to wrong codes at the second factor. Success yields a login in
 * progress that can reach only the next step (password change or TOTP). Every refusal looks the same to
 * the user, so the form never tells whether an account exists or is locked; the audit trail tells the truth.
 */
@Component
class PasswordStep implements AuthenticationProvider {

    /** Too many attempts from this address or for this username; shown as such (it says nothing about accounts). */
    static final class Throttled extends AuthenticationException {
        Throttled() {
            super("too many login attempts");
        }
    }

    private final StaffDirectory staff;
    private final Credentials credentials;
    private final Passwords passwords;
    private final RateLimiter limiter;
    private final AuditTrail audit;
    private final Clock clock = Clock.systemUTC();

    PasswordStep(StaffDirectory staff, Credentials credentials, Passwords passwords, RateLimiter limiter, AuditTrail audit) {
        this.staff = staff;
        this.credentials = credentials;
        this.passwords = passwords;
        this.limiter = limiter;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = String.valueOf(attempt.getPrincipal()).strip().toLowerCase(Locale.ROOT);
        String password = String.valueOf(attempt.getCredentials());
        String address = ClientAddress.of(attempt.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null);
        var perAddress = limiter.acquire(LoginLimits.LOGIN_PER_IP, address);
        String accountKey = (username.length() > 64 ? username.substring(0, 64) : username) + '|' + address;
        var perAccount = perAddress.allowed() ? limiter.acquire(LoginLimits.LOGIN_PER_ACCOUNT_FROM_IP, accountKey) : null;
        if (!perAddress.allowed() || !perAccount.allowed()) {
            if (perAddress == RateLimiter.Verdict.FIRST_REFUSAL || perAccount == RateLimiter.Verdict.FIRST_REFUSAL) {
                audit.record(new AuditEvent("login.throttled", "staff", null, null, AuditEvent.Outcome.DENIED,
                        (perAccount == null ? LoginLimits.LOGIN_PER_IP : LoginLimits.LOGIN_PER_ACCOUNT_FROM_IP)
                                + ": further refusals in this window are not written one by one"));
            }
            throw new Throttled();
        }
        var member = password.length() > Passwords.MAX_LENGTH ? null : staff.findByUsername(username).orElse(null);
        var state = member == null ? null : credentials.find(member.id()).orElse(null);
        if (member == null || state == null) {
            passwords.spendTimeOnUnknownAccount(password);
            audit.record(new AuditEvent("login.failed", "staff", null, null, AuditEvent.Outcome.FAILED, "unknown account"));
            throw new BadCredentialsException("login failed");
        }
        Instant now = clock.instant();
        if (member.disabled() || state.lockedAt(now)) {
            passwords.spendTimeOnUnknownAccount(password);
            audit.record(failed(member, member.disabled() ? "account disabled" : "account locked"));
            throw new BadCredentialsException("login failed");
        }
        if (!passwords.matches(password, state.passwordHash())) {
            audit.record(failed(member, "wrong password"));
            throw new BadCredentialsException("login failed");
        }
        limiter.forget(LoginLimits.LOGIN_PER_ACCOUNT_FROM_IP, accountKey);
        audit.record(AuditEvent.of("login.password", "staff", member.id(), member.organizationId()));
        var principal = new StaffPrincipal(member.id(), member.organizationId(), member.username().value(),
                member.displayName(), member.roles(), state.sessionEpoch());
        Stage next = state.passwordIsOneTime() ? Stage.CHANGE_PASSWORD
                : state.totpSecret() == null ? Stage.ENROL_TOTP : Stage.ENTER_TOTP;
        return new StaffAuthentication(principal, next);
    }

    private static AuditEvent failed(StaffMember member, String why) {
        return new AuditEvent("login.failed", "staff", member.id().toString(), member.organizationId(), AuditEvent.Outcome.FAILED, why);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
