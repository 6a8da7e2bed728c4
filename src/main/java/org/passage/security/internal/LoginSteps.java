package org.passage.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.security.StaffAuthentication;
import org.passage.security.StaffAuthentication.Stage;
import org.passage.security.StaffPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The steps after the password: choosing a new password, enrolling a TOTP authenticator, entering a code.
 * Each successful step moves the session's {@link StaffAuthentication} to the next stage under a new
 * session id; only the last one grants the roles.
 */
@Component
class LoginSteps {

    /** What a wrong code led to. */
    enum CodeResult { ACCEPTED, WRONG, REPLAYED, LOCKED, THROTTLED }

    private static final String PENDING_SECRET = LoginSteps.class.getName() + ".pendingTotpSecret";

    private final Credentials credentials;
    private final Passwords passwords;
    private final RateLimiter limiter;
    private final AuditTrail audit;
    private final SecurityContextRepository contexts;
    private final SignOffChecks signOffs;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();

    LoginSteps(Credentials credentials, Passwords passwords, RateLimiter limiter, AuditTrail audit,
               SecurityContextRepository contexts, SignOffChecks signOffs) {
        this.signOffs = signOffs;
        this.credentials = credentials;
        this.passwords = passwords;
        this.limiter = limiter;
        this.audit = audit;
        this.contexts = contexts;
    }

    static Optional<StaffAuthentication> current() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof StaffAuthentication staff
                ? Optional.of(staff) : Optional.empty();
    }

    /** Sets a chosen password; returns the refusal message key if it is not acceptable. */
    Optional<String> changePassword(StaffAuthentication login, String password, String confirmation,
                                    HttpServletRequest request, HttpServletResponse response) {
        var principal = login.getPrincipal();
        var state = credentials.find(principal.staffId()).orElseThrow();
        Optional<String> refusal = passwords.refusal(password, confirmation, principal.username());
        if (refusal.isEmpty() && passwords.matches(password, state.passwordHash())) {
            refusal = Optional.of("password.error.same");
        }
        if (refusal.isPresent()) {
            return refusal;
        }
        credentials.setPassword(principal.staffId(), passwords.hash(password), false);
        audit.record(AuditEvent.of("password.changed", "staff", principal.staffId(), principal.organizationId()));
        advance(login.at(state.totpSecret() == null ? Stage.ENROL_TOTP : Stage.ENTER_TOTP), request, response);
        return Optional.empty();
    }

    /**
     * A logged-in member changes their password: the current one must be right (a wrong one counts towards
     * the lockout), every other session ends, and this session continues under a new id and epoch.
     */
    Optional<String> changeOwnPassword(StaffAuthentication login, String current, String password, String confirmation,
                                       HttpServletRequest request, HttpServletResponse response) {
        var principal = login.getPrincipal();
        var state = credentials.find(principal.staffId()).orElseThrow();
        if (current.length() > Passwords.MAX_LENGTH || !passwords.matches(current, state.passwordHash())) {
            credentials.recordFailure(principal.staffId(), clock.instant());
            audit.record(new AuditEvent("password.change_failed", "staff", principal.staffId().toString(),
                    principal.organizationId(), AuditEvent.Outcome.FAILED, "wrong current password"));
            return Optional.of("account.password.wrongCurrent");
        }
        Optional<String> refusal = passwords.refusal(password, confirmation, principal.username());
        if (refusal.isEmpty() && password.equals(current)) {
            refusal = Optional.of("password.error.same");
        }
        if (refusal.isPresent()) {
            return refusal;
        }
        credentials.setPassword(principal.staffId(), passwords.hash(password), false);
        credentials.endAllSessions(principal.staffId());
        audit.record(AuditEvent.of("password.changed", "staff", principal.staffId(), principal.organizationId()));
        var renewed = new StaffPrincipal(principal.staffId(), principal.organizationId(), principal.username(),
                principal.displayName(), principal.roles(), credentials.sessionEpoch(principal.staffId()));
        advance(new StaffAuthentication(renewed, Stage.COMPLETE), request, response);
        return Optional.empty();
    }

    /** The secret being enrolled in this session, made once and kept until a code confirms it. */
    byte[] pendingSecret(HttpServletRequest request) {
        var session = request.getSession();
        if (session.getAttribute(PENDING_SECRET) instanceof byte[] pending) {
            return pending.clone();
        }
        byte[] secret = new byte[20];
        random.nextBytes(secret);
        session.setAttribute(PENDING_SECRET, secret);
        return secret.clone();
    }

    static String otpauthUri(String username, byte[] secret) {
        String label = URLEncoder.encode("Passage:" + username, StandardCharsets.UTF_8).replace("+", "%20");
        return "otpauth://totp/" + label + "?secret=" + Base32.encode(secret) + "&issuer=Passage&algorithm=SHA1&digits=6&period=30";
    }

    CodeResult confirmEnrolment(StaffAuthentication login, String code, HttpServletRequest request, HttpServletResponse response) {
        var principal = login.getPrincipal();
        if (!limiter.tryAcquire(LoginLimits.TOTP_PER_ACCOUNT, principal.staffId().toString())) {
            return CodeResult.THROTTLED;
        }
        byte[] secret = pendingSecret(request);
        OptionalLong step = Totp.AUTHENTICATOR_APP.matchingStep(secret, code, clock.instant());
        if (step.isEmpty()) {
            return failure(login, "wrong code at enrolment", request);
        }
        var state = credentials.find(principal.staffId()).orElseThrow();
        credentials.setTotpSecret(principal.staffId(), state.sealScope(), secret, step.getAsLong());
        request.getSession().removeAttribute(PENDING_SECRET);
        audit.record(AuditEvent.of("totp.enrolled", "staff", principal.staffId(), principal.organizationId()));
        complete(login, request, response);
        return CodeResult.ACCEPTED;
    }

    CodeResult verifyCode(StaffAuthentication login, String code, HttpServletRequest request, HttpServletResponse response) {
        var principal = login.getPrincipal();
        if (!limiter.tryAcquire(LoginLimits.TOTP_PER_ACCOUNT, principal.staffId().toString())) {
            return CodeResult.THROTTLED;
        }
        var state = credentials.find(principal.staffId()).orElseThrow();
        if (state.lockedAt(clock.instant())) {
            return failure(login, "account locked", request);
        }
        OptionalLong step = Totp.AUTHENTICATOR_APP.matchingStep(credentials.openTotpSecret(state), code, clock.instant());
        if (step.isEmpty()) {
            return failure(login, "wrong code", request);
        }
        if (!credentials.useTotpStep(principal.staffId(), step.getAsLong())) {
            return failure(login, new AuditEvent("totp.replayed", "staff", principal.staffId().toString(),
                    principal.organizationId(), AuditEvent.Outcome.DENIED, "code of an already used time step"),
                    CodeResult.REPLAYED, request);
        }
        complete(login, request, response);
        return CodeResult.ACCEPTED;
    }

    private CodeResult failure(StaffAuthentication login, String why, HttpServletRequest request) {
        var principal = login.getPrincipal();
        return failure(login, new AuditEvent("totp.failed", "staff", principal.staffId().toString(), principal.organizationId(),
                AuditEvent.Outcome.FAILED, why), CodeResult.WRONG, request);
    }

    /** Audits a refused code and counts it towards the lockout; a locked account's login session ends. */
    private CodeResult failure(StaffAuthentication login, AuditEvent refusal, CodeResult result, HttpServletRequest request) {
        var principal = login.getPrincipal();
        audit.record(refusal);
        boolean locked = credentials.recordFailure(principal.staffId(), clock.instant());
        if (locked) {
            audit.record(new AuditEvent("login.locked", "staff", principal.staffId().toString(), principal.organizationId(),
                    AuditEvent.Outcome.DENIED, "locked after " + LoginLimits.LOCKOUT.attempts() + " failures"));
        }
        if (locked || credentials.find(principal.staffId()).orElseThrow().lockedAt(clock.instant())) {
            SecurityContextHolder.clearContext();
            var session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            return CodeResult.LOCKED;
        }
        return result;
    }

    private void complete(StaffAuthentication login, HttpServletRequest request, HttpServletResponse response) {
        var principal = login.getPrincipal();
        credentials.clearFailures(principal.staffId());
        limiter.forget(LoginLimits.TOTP_PER_ACCOUNT, principal.staffId().toString());
        advance(login.at(Stage.COMPLETE), request, response);
        signOffs.loggedIn(principal.staffId(), request, response); // the browser and address a second sign-off is compared with
        audit.record(AuditEvent.of("login.success", "staff", principal.staffId(), principal.organizationId()));
    }

    private void advance(StaffAuthentication next, HttpServletRequest request, HttpServletResponse response) {
        request.changeSessionId();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(next);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
