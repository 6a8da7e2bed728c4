package org.passage.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.passage.security.DirectApiRoute;
import org.passage.security.StaffAuthentication;
import org.passage.security.StaffPrincipal;
import org.passage.web.SecurityHeaders;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Hands plain API-key requests to their {@link DirectApiRoute} ahead of the session and security filters and the
 * dispatcher (see there why). The key is authenticated and rate-limited as {@link ApiKeyFilter} does, the headers are
 * {@link SecurityHeaders}'s; a request with no good key, one the route does not take and one it would refuse continue
 * on the ordinary way untouched (its body replayed), where the refusals, their audit events and the failure limits are.
 */
@Configuration(proxyBeanMethods = false)
class DirectApiRoutes {

    /** The bodies read here at most; a longer one goes the ordinary way, which refuses it. */
    static final int MAX_BODY = 256 * 1024;

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> directApiRouteFilter(ObjectProvider<DirectApiRoute> routes, ApiKeyRegister keys,
                                                                      RateLimiter limiter) {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new Filter(routes.orderedStream().toList(), keys, limiter));
        // after DatabaseUnavailable (which turns a lost database into a 503), before Spring Session (MIN_VALUE + 50) and Security (-100)
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    static final class Filter extends OncePerRequestFilter {

        private final List<DirectApiRoute> routes;
        private final ApiKeyRegister keys;
        private final RateLimiter limiter;

        Filter(List<DirectApiRoute> routes, ApiKeyRegister keys, RateLimiter limiter) {
            this.routes = routes;
            this.keys = keys;
            this.limiter = limiter;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return routes.isEmpty() || request.getHeader("Authorization") == null;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            DirectApiRoute route = routes.stream().filter(r -> r.takes(request)).findFirst().orElse(null);
            String secret = route == null ? null : ApiKeyFilter.presented(request);
            var key = secret == null ? java.util.Optional.<ApiKeyRegister.Active>empty() : keys.authenticate(secret);
            if (route == null || key.isEmpty() || request.getContentLengthLong() > MAX_BODY) {
                chain.doFilter(request, response);
                return;
            }
            byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
            DirectApiRoute.Answer answer = body.length > MAX_BODY ? null : route.prepare(request, body);
            if (answer == null) {
                chain.doFilter(new Replayed(request, body), response);
                return;
            }
            var active = key.get();
            if (!ScreeningAllowances.spend(limiter, active.id(), active.organizationId(), answer.units())) {
                // the controller spends again, is refused and answers the 429 problem, audited (one implementation)
                chain.doFilter(new Replayed(request, body), response);
                return;
            }
            if (!limiter.tryAcquire(LoginLimits.API_KEY_REQUESTS, active.id().toString())) {
                // the ordinary way counts again, is refused and answers the 429 problem, audited (one implementation)
                chain.doFilter(new Replayed(request, body), response);
                return;
            }
            SecurityHeaders.write(request, response);
            var principal = new StaffPrincipal(active.id(), active.organizationId(), "api-key", active.name(), Set.of(), 0);
            var before = SecurityContextHolder.getContext();
            SecurityContextHolder.setContext(new SecurityContextImpl(StaffAuthentication.apiClient(principal)));
            try {
                answer.write(response);
            } finally {
                SecurityContextHolder.setContext(before);
            }
        }
    }

    /** The request with the body bytes already read put back in front of the rest. */
    static final class Replayed extends HttpServletRequestWrapper {

        private final byte[] start;
        private @Nullable ServletInputStream stream;

        Replayed(HttpServletRequest request, byte[] start) {
            super(request);
            this.start = start;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Replay(new SequenceInputStream(new ByteArrayInputStream(start), super.getInputStream()));
            }
            return stream;
        }

        @Override
        public java.io.BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
                    encoding == null ? java.nio.charset.StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
        }
    }

    private static final class Replay extends ServletInputStream {

        private final InputStream in;
        private boolean finished;

        Replay(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            finished = b < 0;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            finished = n < 0;
            return n;
        }

        @Override
        public boolean isFinished() {
            return finished;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            throw new UnsupportedOperationException("a replayed body is read blocking");
        }
    }
}
