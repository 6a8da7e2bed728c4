package org.passage.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.security.StaffAuthentication;
import org.passage.security.StaffPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates the screening API's requests that carry {@code Authorization: ApiKey <key>} (what yente and
 * OpenSanctions clients send) or {@code Authorization: Bearer <key>}. Only {@link #PATHS} accept a key; the
 * authentication lives for the one request (no session, so no CSRF token is needed). A missing, unknown,
 * revoked or expired key is a 401 problem (audited); a request with a good key is audited once, by the endpoint, with
 * the key's id as the actor — never with the key. A 429 from the key's request limit is audited as the screening
 * allowance's is ({@code screening.refused}), and so is the first 429 of a window from the wrong-key limit of an address.
 */
final class ApiKeyFilter extends OncePerRequestFilter {

    /** The only routes an API key opens. */
    static final RequestMatcher PATHS = new OrRequestMatcher(PathPatternRequestMatcher.pathPattern("/api/match/*"),
            PathPatternRequestMatcher.pathPattern("/api/search"), PathPatternRequestMatcher.pathPattern("/api/search/*"),
            PathPatternRequestMatcher.pathPattern("/api/entities/*"), PathPatternRequestMatcher.pathPattern("/api/catalog"),
            PathPatternRequestMatcher.pathPattern("/api/algorithms"), PathPatternRequestMatcher.pathPattern("/api/openapi.yaml"));

    private static final Set<String> SCHEMES = Set.of("apikey", "bearer");

    /** A request on {@link #PATHS} that presents a key (CSRF does not apply to it: browsers never send one on their own). */
    static final RequestMatcher WITH_KEY = request -> PATHS.matches(request) && presented(request) != null;

    private final ApiKeyRegister keys;
    private final RateLimiter limiter;
    private final AuditTrail audit;

    ApiKeyFilter(ApiKeyRegister keys, RateLimiter limiter, AuditTrail audit) {
        this.keys = keys;
        this.limiter = limiter;
        this.audit = audit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !PATHS.matches(request) || request.getHeader("Authorization") == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String secret = presented(request);
        if (secret == null) {
            ProblemJson.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                    "Send the key as \"Authorization: ApiKey <key>\" or \"Authorization: Bearer <key>\".", request);
            return;
        }
        var key = keys.authenticate(secret);
        if (key.isEmpty()) {
            // an IPv6 client by its /64, as logins count it: by the full address one machine had 2^64 addresses to refuse from
            var verdict = limiter.acquire(LoginLimits.API_KEY_FAILURES_PER_IP, ClientAddress.of(request.getRemoteAddr()));
            if (!verdict.allowed()) {
                // audited as the screening allowance's 429 is, but once a window: without a key, each further refusal
                // would let anyone write audit lines as fast as he can send requests
                if (verdict == RateLimiter.Verdict.FIRST_REFUSAL) {
                    audit.record(new AuditEvent("screening.refused", "request", null, null, AuditEvent.Outcome.DENIED,
                            "429 wrong keys from this address (the next refusals of these " + LoginLimits.API_KEY_FAILURES_PER_IP.window().toMinutes()
                                    + " minutes are not audited): " + route(request)));
                }
                tooMany(request, response);
                return;
            }
            audit.record(new AuditEvent("api-key.refused", "request", null, null, AuditEvent.Outcome.DENIED, what(request)));
            ProblemJson.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", "The API key is unknown, revoked or expired.", request);
            return;
        }
        var active = key.get();
        var principal = new StaffPrincipal(active.id(), active.organizationId(), "api-key", active.name(), Set.of(), 0);
        var context = new SecurityContextImpl(StaffAuthentication.apiClient(principal));
        var before = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            if (!limiter.tryAcquire(LoginLimits.API_KEY_REQUESTS, active.id().toString())) {
                // as the screening allowance's 429 is: the key's id as the actor, the status, the limit and the route
                audit.record(new AuditEvent("screening.refused", "request", null, active.organizationId(), AuditEvent.Outcome.DENIED,
                        "429 requests: " + route(request)));
                tooMany(request, response);
                return;
            }
            // no event here: the endpoint records the one event of the request, with the key's id as the actor
            chain.doFilter(new WithoutSession(request), response);
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    /**
     * A key's request is stateless: it has no session, whatever cookie came with it, so nothing on its way reads,
     * creates or touches a session row (Spring Session would look one up for any session cookie sent).
     */
    static final class WithoutSession extends jakarta.servlet.http.HttpServletRequestWrapper {

        WithoutSession(HttpServletRequest request) {
            super(request);
        }

        @Override
        public jakarta.servlet.http.@Nullable HttpSession getSession(boolean create) {
            if (create) {
                throw new IllegalStateException("a request made with an API key has no session");
            }
            return null;
        }

        @Override
        public jakarta.servlet.http.HttpSession getSession() {
            throw new IllegalStateException("a request made with an API key has no session");
        }

        @Override
        public @Nullable String getRequestedSessionId() {
            return null;
        }

        @Override
        public boolean isRequestedSessionIdValid() {
            return false;
        }

        @Override
        public String changeSessionId() {
            throw new IllegalStateException("a request made with an API key has no session");
        }
    }

    /** The key after "ApiKey " or "Bearer " (scheme in any case), or null. */
    static @Nullable String presented(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null) {
            return null;
        }
        int space = header.indexOf(' ');
        if (space < 0 || !SCHEMES.contains(header.substring(0, space).toLowerCase(Locale.ROOT))) {
            return null;
        }
        String key = header.substring(space + 1).strip();
        return key.isEmpty() ? null : key;
    }

    /**
     * The method and the route's pattern, as {@code screening.refused} names it: never the path, whose dataset or entity id
     * is the client's text (the filter runs before the dispatcher, which would name the pattern).
     */
    static String route(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String pattern = path.startsWith("/api/match/") ? "/api/match/{dataset}"
                : path.startsWith("/api/search/") ? "/api/search/{dataset}"
                : path.startsWith("/api/entities/") ? "/api/entities/{entity_id}"
                : PATHS.matches(request) ? path : "/api/**";
        return request.getMethod() + " " + pattern;
    }

    private static String what(HttpServletRequest request) {
        String path = request.getRequestURI();
        return request.getMethod() + " " + (path.length() > 200 ? path.substring(0, 200) : path);
    }

    static void tooMany(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", "60");
        ProblemJson.write(response, 429, "Too Many Requests", "Too many requests with this key; wait a minute.", request);
    }
}
