package org.passage.security.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.organizations.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The staff_grants table. Deciding is one conditional update ({@code where state = 'PENDING'}), so two admins
 * clicking at once cannot both apply a grant; the database also refuses an approval by the requester or the grantee.
 */
@Repository
class StaffGrants {

    private final JdbcClient jdbc;

    StaffGrants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    StaffGrant request(UUID organizationId, UUID staffId, StaffGrant.Kind kind, Set<Role> roles, StaffGrant.Approver approver,
                       UUID requestedBy, Instant at, @Nullable String passwordHash) {
        var grant = new StaffGrant(UUID.randomUUID(), organizationId, staffId, kind, roles, approver, requestedBy, at, passwordHash);
        jdbc.sql("""
                        insert into staff_grants (id, organization_id, staff_id, kind, roles, approver, requested_by, requested_at,
                                                  password_hash)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(grant.id(), organizationId, staffId, kind.name(), roles.stream().sorted().map(Role::name).toArray(String[]::new),
                        approver.name(), requestedBy, Timestamp.from(at), passwordHash)
                .update();
        return grant;
    }

    Optional<StaffGrant> pending(UUID id) {
        return jdbc.sql("select * from staff_grants where id = ? and state = 'PENDING'").param(id).query(this::grant).optional();
    }

    Optional<StaffGrant> pendingFor(UUID staffId) {
        return jdbc.sql("select * from staff_grants where staff_id = ? and state = 'PENDING'").param(staffId).query(this::grant).optional();
    }

    List<StaffGrant> pendingIn(UUID organizationId) {
        return jdbc.sql("select * from staff_grants where organization_id = ? and state = 'PENDING' order by requested_at")
                .param(organizationId).query(this::grant).list();
    }

    List<StaffGrant> pendingForInstallation() {
        return jdbc.sql("select * from staff_grants where approver = 'INSTALLATION' and state = 'PENDING' order by requested_at")
                .query(this::grant).list();
    }

    /** Marks the grant decided; false when it was not pending any more (decided by someone else meanwhile). */
    boolean decide(UUID id, boolean approved, UUID decidedBy, Instant at) {
        return jdbc.sql("update staff_grants set state = ?, decided_by = ?, decided_at = ?, password_hash = null where id = ? and state = 'PENDING'")
                .params(approved ? "APPROVED" : "REFUSED", decidedBy, Timestamp.from(at), id).update() == 1;
    }

    private StaffGrant grant(ResultSet rs, int row) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream((String[]) rs.getArray("roles").getArray()).map(Role::valueOf).forEach(roles::add);
        return new StaffGrant(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
                rs.getObject("staff_id", UUID.class), StaffGrant.Kind.valueOf(rs.getString("kind")), roles,
                StaffGrant.Approver.valueOf(rs.getString("approver")), rs.getObject("requested_by", UUID.class),
                rs.getTimestamp("requested_at").toInstant(), rs.getString("password_hash"));
    }
}
