package org.passage.organizations.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.crypto.AssociatedData;
import org.passage.crypto.SealedColumn;
import org.passage.crypto.SealedText;
import org.passage.crypto.Sealing;
import org.passage.organizations.Role;
import org.passage.organizations.StaffDirectory;
import org.passage.organizations.StaffMember;
import org.passage.organizations.Username;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class JdbcStaffDirectory implements StaffDirectory {

    private static final String COLUMNS = "id, organization_id, seal_scope, username, display_name, roles, disabled";

    private final JdbcClient jdbc;
    private final Sealing sealing;

    JdbcStaffDirectory(JdbcClient jdbc, Sealing sealing) {
        this.jdbc = jdbc;
        this.sealing = sealing;
    }

    @Override
    @Transactional
    public StaffMember add(@Nullable UUID organizationId, Username username, String displayName, Set<Role> roles) {
        var member = new StaffMember(UUID.randomUUID(), organizationId, username, displayName, roles, false);
        SealedText sealedName = sealing.seal(member.sealScope(), member.displayName(), displayNameOf(member.id()));
        jdbc.sql("insert into staff (id, organization_id, seal_scope, username, display_name, roles) values (?, ?, ?, ?, ?, ?)")
                .params(member.id(), organizationId, member.sealScope(), username.value(), sealedName.ciphertext(),
                        roleNames(member.roles()))
                .update();
        return member;
    }

    @Override
    public Optional<StaffMember> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from staff where id = ?").param(id).query(this::member).optional();
    }

    @Override
    public Optional<StaffMember> findByUsername(String username) {
        if (!Username.isValid(username)) {
            return Optional.empty();
        }
        return jdbc.sql("select " + COLUMNS + " from staff where username = ?").param(new Username(username).value())
                .query(this::member).optional();
    }

    @Override
    public List<StaffMember> inOrganization(UUID organizationId) {
        return jdbc.sql("select " + COLUMNS + " from staff where organization_id = ?").param(organizationId)
                .query(this::member).list().stream().sorted(Comparator.comparing(m -> m.username().value())).toList();
    }

    @Override
    public List<StaffMember> systemAdmins() {
        return jdbc.sql("select " + COLUMNS + " from staff where organization_id is null")
                .query(this::member).list().stream().sorted(Comparator.comparing(m -> m.username().value())).toList();
    }

    @Override
    public void changeRoles(UUID id, Set<Role> roles) {
        StaffMember member = find(id).orElseThrow();
        Set<Role> valid = StaffMember.validRoles(roles, member.organizationId());
        jdbc.sql("update staff set roles = ? where id = ?").params(roleNames(valid), id).update();
    }

    @Override
    public void setDisabled(UUID id, boolean disabled) {
        jdbc.sql("update staff set disabled = ? where id = ?").params(disabled, id).update();
    }

    private StaffMember member(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        UUID scope = rs.getObject("seal_scope", UUID.class);
        String name = sealing.open(scope, new SealedText(rs.getBytes("display_name")), displayNameOf(id));
        String[] roleNames = (String[]) rs.getArray("roles").getArray();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(roleNames).map(Role::valueOf).forEach(roles::add);
        return new StaffMember(id, rs.getObject("organization_id", UUID.class), new Username(rs.getString("username")),
                name, roles, rs.getBoolean("disabled"));
    }

    private static String[] roleNames(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).toArray(String[]::new);
    }

    private static AssociatedData displayNameOf(UUID id) {
        return new AssociatedData("staff", "display_name", id);
    }

    /** Declares the sealed column so that key rotation re-encrypts it. */
    @Configuration(proxyBeanMethods = false)
    static class SealedColumns {
        @Bean
        SealedColumn staffDisplayName() {
            return new SealedColumn("staff", "display_name", "id", "seal_scope");
        }
    }
}
