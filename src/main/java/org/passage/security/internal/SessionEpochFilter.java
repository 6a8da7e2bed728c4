package org.passage.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.security.StaffAuthentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session whose account has been logged out everywhere (or disabled, or had its password or second
 * factor reset): the account's session epoch moved on since this session logged in. Checked on every
 * request, so the effect is immediate on every device.
 */
final class SessionEpochFilter extends OncePerRequestFilter {

    private final Credentials credentials;
    private final AuditTrail audit;

    SessionEpochFilter(Credentials credentials, AuditTrail audit) {
        this.credentials = credentials;
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof StaffAuthentication staff) {
            var principal = staff.getPrincipal();
            if (credentials.sessionEpoch(principal.staffId()) != principal.sessionEpoch()) {
                SecurityContextHolder.clearContext();
                var session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                audit.record(new AuditEvent("session.ended", "staff", principal.staffId().toString(),
                        principal.organizationId(), AuditEvent.Outcome.DENIED, "session epoch changed"));
                if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                    ProblemJson.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", "The session has ended.", request);
                } else {
                    response.sendRedirect(request.getContextPath() + "/login?expired");
                }
                return;
            }
        }
        chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/css/") || path.startsWith("/webjars/");
    }
}
