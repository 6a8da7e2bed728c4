package org.passage.security.internal;

import org.passage.web.SecurityHeaders;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passage.organizations.Organizations;
import org.passage.security.ApiKeys;
import org.passage.security.DirectApiRoute;
import org.passage.security.StaffAuthentication;
import org.passage.support.PassageIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The filter in front of the direct API routes, with a route of its own: a request with a good key is answered by the
 * route with the key's authentication in place and the security headers, and never reaches the ordinary chain; past the
 * key's request limit, an unknown key, a request the route does not take and one it would refuse go
 * on the ordinary way, with the body they had.
 */
@PassageIntegrationTest
class DirectApiRoutesIntegrationTests {

    @Autowired
    ApiKeyRegister register;
    @Autowired
    ApiKeys keys;
    @Autowired
    Organizations organizations;

    private final AtomicReference<@Nullable String> actor = new AtomicReference<>();
    private boolean refuse;
    private ApiKeys.Issued key;

    /** Takes POST /direct; refuses a body "refuse"; answers "answered" and notes who acted. */
    private final DirectApiRoute route = new DirectApiRoute() {
        @Override
        public boolean takes(jakarta.servlet.http.HttpServletRequest request) {
            return request.getRequestURI().equals("/direct");
        }

        @Override
        public @Nullable Answer prepare(jakarta.servlet.http.HttpServletRequest request, byte[] body) {
            if (refuse) {
                return null;
            }
            return response -> {
                var auth = SecurityContextHolder.getContext().getAuthentication();
                actor.set(auth instanceof StaffAuthentication staff && staff.isApiClient() ? auth.getName() : "not the key");
                response.getOutputStream().write("answered".getBytes(StandardCharsets.UTF_8));
            };
        }
    };

    @BeforeEach
    void key() {
        var org = organizations.create("Direct routes " + UUID.randomUUID());
        key = keys.create(org.id(), null, "direct routes", 1);
        refuse = false;
        actor.set(null);
    }

    private MockHttpServletResponse send(String uri, String authorization, RateLimiter limiter, MockFilterChain chain) throws Exception {
        var request = new MockHttpServletRequest("POST", uri);
        request.addHeader("Authorization", authorization);
        request.setContent("{\"queries\": {}}".getBytes(StandardCharsets.UTF_8));
        var response = new MockHttpServletResponse();
        new DirectApiRoutes.Filter(List.of(route), register, limiter).doFilter(request, response, chain);
        return response;
    }

    @Test
    void aGoodKeyIsAnsweredByTheRouteAsTheKeyWithTheSecurityHeaders() throws Exception {
        var chain = new MockFilterChain();
        var response = send("/direct", "ApiKey " + key.secret(), new RateLimiter(java.time.Clock.systemUTC()), chain);
        assertThat(response.getContentAsString()).isEqualTo("answered");
        assertThat(chain.getRequest()).as("the ordinary way was not taken").isNull();
        assertThat(actor.get()).isEqualTo(key.id().toString());
        assertThat(response.getHeader("Content-Security-Policy")).isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY);
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("Cache-Control")).contains("no-store");
        assertThat(SecurityContextHolder.getContext().getAuthentication()).as("the key's authentication lasts for the request only").isNull();
    }

    /** Past the key's request limit the ordinary way answers the 429 problem and audits it (ApiRefusalsAuditIntegrationTests), one implementation. */
    @Test
    void pastTheKeysLimitItGoesTheOrdinaryWayWithItsBody() throws Exception {
        var limiter = new RateLimiter(java.time.Clock.systemUTC());
        for (int i = 0; i < LoginLimits.API_KEY_REQUESTS.attempts(); i++) {
            limiter.acquire(LoginLimits.API_KEY_REQUESTS, key.id().toString());
        }
        var chain = new MockFilterChain();
        send("/direct", "Bearer " + key.secret(), limiter, chain);
        assertThat(actor.get()).as("the route did not answer").isNull();
        assertThat(chain.getRequest()).isNotNull();
        assertThat(chain.getRequest().getInputStream().readAllBytes()).asString(StandardCharsets.UTF_8).isEqualTo("{\"queries\": {}}");
    }

    @Test
    void anUnknownKeyAnotherPathAndARefusalGoTheOrdinaryWayWithTheirBody() throws Exception {
        for (String[] c : new String[][] {{"/direct", "ApiKey psg_" + "C".repeat(43)}, {"/elsewhere", "ApiKey " + key.secret()},
                {"/direct", "Basic dXNlcjpwYXNz"}}) {
            var chain = new MockFilterChain();
            send(c[0], c[1], new RateLimiter(java.time.Clock.systemUTC()), chain);
            assertThat(chain.getRequest()).as("%s %s", c[0], c[1].split(" ")[0]).isNotNull();
            assertThat(chain.getRequest().getInputStream().readAllBytes()).asString(StandardCharsets.UTF_8).isEqualTo("{\"queries\": {}}");
        }
        refuse = true;
        var chain = new MockFilterChain();
        send("/direct", "ApiKey " + key.secret(), new RateLimiter(java.time.Clock.systemUTC()), chain);
        assertThat(chain.getRequest()).as("refused by the route: the ordinary way answers").isNotNull();
        assertThat(chain.getRequest().getInputStream().readAllBytes()).as("the body read by the filter, replayed")
                .asString(StandardCharsets.UTF_8).isEqualTo("{\"queries\": {}}");
        assertThat(actor.get()).isNull();
    }
}
