package org.passage.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

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

    public static RequestPostProcessor as(StaffMember member) {
        var principal = new StaffPrincipal(member.id(), member.organizationId(), member.username().value(),
                member.displayName(), member.roles(), 0);
        return authentication(new StaffAuthentication(principal, StaffAuthentication.Stage.COMPLETE));
    }
}
