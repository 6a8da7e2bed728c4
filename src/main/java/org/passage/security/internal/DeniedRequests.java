package org.passage.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.security.StaffAuthentication;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

/**
 * What a refused request gets: the API answers problem JSON; a page either sends a login in progress on to
 * its next step, or shows the translated 403 page (a forged or expired CSRF token gets its own wording).
 * Every refusal of a logged-in user is audited.
 */
@Component
class DeniedRequests implements AccessDeniedHandler, AuthenticationEntryPoint {

    /** Request attribute the error page reads to explain a CSRF refusal. */
    static final String REASON = "passage.error.reason";

    /** An API request with neither a session nor a key: both ways named, the key's header as clients send it. */
    static final String NO_CREDENTIALS = "No credentials. Send an API key as \"Authorization: ApiKey <key>\" (or \"Bearer <key>\") on "
            + "/api/match, /api/search, /api/entities, /api/catalog and /api/algorithms, or log in and send the session's CSRF token "
            + "in X-CSRF-TOKEN (docs/screening.md).";

    private final AuditTrail audit;

    DeniedRequests(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        if (isApi(request)) {
            ProblemJson.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", NO_CREDENTIALS, request);
        } else {
            response.sendRedirect(request.getContextPath() + "/login");
        }
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean csrf = e instanceof CsrfException;
        if (!csrf && authentication instanceof StaffAuthentication staff && !staff.isComplete() && !isApi(request)) {
            response.sendRedirect(request.getContextPath() + staff.stage().page());
            return;
        }
        var organization = authentication instanceof StaffAuthentication staff ? staff.getPrincipal().organizationId() : null;
        String path = request.getRequestURI();
        audit.record(new AuditEvent("access.denied", "request", null, organization, AuditEvent.Outcome.DENIED,
                (csrf ? "csrf token rejected: " : "") + request.getMethod() + " " + (path.length() > 200 ? path.substring(0, 200) : path)));
        if (isApi(request) && csrf && !(authentication instanceof StaffAuthentication)) {
            // a client that sent no key at all: its POST meets the CSRF check before any credential is asked for, and
            // "the CSRF token is missing" sent its developer looking for a token the API key way never needs
            ProblemJson.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", NO_CREDENTIALS, request);
            return;
        }
        if (isApi(request)) {
            ProblemJson.write(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden",
                    csrf ? "The CSRF token is missing or invalid." : "Access denied.", request);
            return;
        }
        if (csrf) {
            // a form sent after the session ended (idle too long, or logged out in another tab) has no staff member
            // behind it: "access denied" told him nothing; he is told his session ended and how to log in again
            request.setAttribute(REASON, authentication instanceof StaffAuthentication ? "csrf" : "session-ended");
        }
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
