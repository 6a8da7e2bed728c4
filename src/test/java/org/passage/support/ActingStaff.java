package org.passage.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.passage.organizations.Organizations;
import org.passage.organizations.Role;
import org.passage.organizations.StaffDirectory;
import org.passage.organizations.StaffMember;
import org.passage.organizations.Username;
import org.passage.security.StaffAuthentication;
import org.passage.security.StaffPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Real staff members in the database, and requests made as them after a completed login. The login itself
 * (password, TOTP) is tested in the security feature; here every other filter still runs, the session
 * epoch check included.
 */
public final class ActingStaff {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private final Organizations organizations;
    private final StaffDirectory staff;
    private final JdbcClient jdbc;

    public ActingStaff(Organizations organizations, StaffDirectory staff, JdbcClient jdbc) {
        this.organizations = organizations;
        this.staff = staff;
        this.jdbc = jdbc;
    }

    public UUID organization(String name) {
        return organizations.create(name + " " + SEQUENCE.incrementAndGet()).id();
    }

    public StaffMember member(@Nullable UUID organizationId, Role... roles) {
        var member = staff.add(organizationId, new Username("t" + SEQUENCE.incrementAndGet()), "Test Person",
                EnumSet.copyOf(List.of(roles)));
        jdbc.sql("insert into staff_credentials (staff_id, seal_scope, password_hash, password_is_one_time) values (?, ?, 'unused', false)")
                .params(member.id(), member.sealScope()).update();
        return member;
    }

    /** Opens a case through the real form as {@code member}; returns its id. */
    public static String openCase(MockMvc mvc, StaffMember member, String name, String latinName) throws Exception {
        String location = mvc.perform(post("/cases").with(csrf()).with(as(member))
                        .param("name", name).param("latinName", latinName).param("birthDate", ""))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return location.substring("/cases/".length());
    }

    public static RequestPostProcessor as(StaffMember member) {
        var principal = new StaffPrincipal(member.id(), member.organizationId(), member.username().value(),
                member.displayName(), member.roles(), 0);
        return authentication(new StaffAuthentication(principal, StaffAuthentication.Stage.COMPLETE));
    }

    /** Runs {@code work} outside a request as {@code member} after a completed login (a door that reads the caller). */
    public static <T> T call(StaffMember member, java.util.concurrent.Callable<T> work) throws Exception {
        var principal = new StaffPrincipal(member.id(), member.organizationId(), member.username().value(),
                member.displayName(), member.roles(), 0);
        var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
        context.setAuthentication(new StaffAuthentication(principal, StaffAuthentication.Stage.COMPLETE));
        try {
            return work.call();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    /**
     * A browser's device mark ({@code PASSAGE_DEVICE}) on the request, as a real login would have set it: the same
     * {@code device} name gives the same mark. A second sign-off needs one (docs/security.md, one person, two accounts).
     */
    public static RequestPostProcessor onDevice(String device) {
        String value = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                java.util.Arrays.copyOf(device.getBytes(java.nio.charset.StandardCharsets.UTF_8), 32));
        return request -> {
            var cookies = new java.util.ArrayList<jakarta.servlet.http.Cookie>();
            if (request.getCookies() != null) {
                cookies.addAll(List.of(request.getCookies()));
            }
            cookies.add(new jakarta.servlet.http.Cookie("PASSAGE_DEVICE", value));
            request.setCookies(cookies.toArray(jakarta.servlet.http.Cookie[]::new));
            return request;
        };
    }
}
