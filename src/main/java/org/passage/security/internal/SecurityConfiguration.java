package org.passage.security.internal;

import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.organizations.Role;
import org.passage.security.StaffAuthentication;
import org.passage.web.SecurityHeaders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The filter chains: a short stateless one for requests to the screening API that present a key, and the main one
 * for everything else. Everything not listed as public needs a complete login (password and TOTP); a system admin is
 * further confined to the administration pages, so no feature can forget to keep case data from them. Headers apply
 * to every response; CSRF and the session checks to every request that is not made with a key.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    private static final RequestMatcher PUBLIC = paths("/css/**", "/webjars/**", "/images/**", "/favicon.ico", "/error", "/login",
            "/intake", "/intake/**", "/checkin/**", "/telegram/webhook", "/api/healthz", "/api/readyz");
    /** Called by Telegram, not by a browser: authenticated by its own secret header instead of a CSRF token. */
    private static final RequestMatcher NO_CSRF = paths("/telegram/webhook");
    private static final RequestMatcher LOGIN_STEPS = paths("/login/password", "/login/totp", "/login/totp/enrol");
    /** All a system admin may reach: they run the installation and see no case data. */
    private static final RequestMatcher SYSTEM_ADMIN_AREA = paths("/", "/admin/**", "/account/**", "/logout");

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    /**
     * Requests to the screening API that present a key: stateless and short. No session (none is read, created or
     * touched, whatever cookie comes along), no CSRF token (a browser never sends the key on its own), no saved
     * request, no login or logout handling; the same key check, authorization rule, refusals and headers as below.
     * Everything else, including a key on any other path, goes to the main chain.
     */
    @Bean
    @org.springframework.core.annotation.Order(1)
    SecurityFilterChain apiKeyChain(HttpSecurity http, DeniedRequests denied, ApiKeyRegister apiKeys, RateLimiter limiter, AuditTrail audit)
            throws Exception {
        http.securityMatcher(ApiKeyFilter.WITH_KEY)
                .securityContext(c -> c.securityContextRepository(new org.springframework.security.web.context.RequestAttributeSecurityContextRepository()))
                .sessionManagement(s -> s.sessionCreationPolicy(org.springframework.security.config.http.SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .requestCache(c -> c.disable())
                .anonymous(a -> a.disable())
                .logout(l -> l.disable())
                .authorizeHttpRequests(a -> a.anyRequest().access(staffInTheirArea()))
                .exceptionHandling(e -> e.authenticationEntryPoint(denied).accessDeniedHandler(denied))
                .addFilterAfter(new ApiKeyFilter(apiKeys, limiter, audit), SecurityContextHolderFilter.class);
        return headers(http).build();
    }

    @Bean
    @org.springframework.core.annotation.Order(2)
    SecurityFilterChain filterChain(HttpSecurity http, SecurityContextRepository contexts,
                                    Credentials credentials, AuditTrail audit, DeniedRequests denied, ApiKeyRegister apiKeys,
                                    RateLimiter limiter) throws Exception {
        // PasswordStep is the one AuthenticationProvider bean, so Spring Security's global manager uses it; adding it
        // here as well would run it twice per attempt (the local manager falls back to the global one on failure)
        http.securityContext(c -> c.securityContextRepository(contexts))
                .csrf(c -> c.ignoringRequestMatchers(NO_CSRF))
                .authorizeHttpRequests(a -> a
                        .requestMatchers(PUBLIC).permitAll()
                        .requestMatchers(LOGIN_STEPS).hasAnyAuthority(StaffAuthentication.IN_PROGRESS, StaffAuthentication.STAFF)
                        .anyRequest().access(staffInTheirArea()))
                .formLogin(f -> f.loginPage("/login").loginProcessingUrl("/login")
                        .successHandler((request, response, authentication) -> response.sendRedirect(
                                request.getContextPath() + ((StaffAuthentication) authentication).stage().page()))
                        .failureHandler((request, response, exception) -> response.sendRedirect(request.getContextPath()
                                + (exception instanceof PasswordStep.Throttled ? "/login?throttled" : "/login?error"))))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
                        .addLogoutHandler((request, response, authentication) -> {
                            if (authentication instanceof StaffAuthentication staff) {
                                var p = staff.getPrincipal();
                                audit.record(AuditEvent.of("logout", "staff", p.staffId(), p.organizationId()));
                            }
                        }))
                .exceptionHandling(e -> e.authenticationEntryPoint(denied).accessDeniedHandler(denied))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .addFilterAfter(new SessionEpochFilter(credentials, audit), SecurityContextHolderFilter.class)
                .addFilterAfter(new ApiKeyFilter(apiKeys, limiter, audit), SessionEpochFilter.class)
                .csrf(c -> c.ignoringRequestMatchers(ApiKeyFilter.WITH_KEY));
        return headers(http).build();
    }

    /** The security headers of every response, from either chain. */
    private static HttpSecurity headers(HttpSecurity http) throws Exception {
        return http.headers(h -> {
            h.defaultsDisabled();
            SecurityHeaders.WRITERS.forEach(h::addHeaderWriter);
        });
    }

    private static AuthorizationManager<RequestAuthorizationContext> staffInTheirArea() {
        return (authentication, context) -> {
            var auth = authentication.get();
            if (!(auth instanceof StaffAuthentication staff) || !staff.isComplete()) {
                return new AuthorizationDecision(false);
            }
            boolean systemAdmin = staff.getPrincipal().has(Role.SYSTEM_ADMIN);
            return new AuthorizationDecision(!systemAdmin || SYSTEM_ADMIN_AREA.matches(context.getRequest()));
        };
    }

    private static RequestMatcher paths(String... patterns) {
        return new OrRequestMatcher(java.util.Arrays.stream(patterns)
                .map(p -> (RequestMatcher) PathPatternRequestMatcher.pathPattern(p)).toList());
    }
}
