package org.passage.organizations.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.organizations.Organization;
import org.passage.organizations.Organizations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class JdbcOrganizations implements Organizations {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    JdbcOrganizations(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    @Transactional
    public Organization create(String name) {
        var organization = new Organization(UUID.randomUUID(), name);
        jdbc.sql("insert into organizations (id, name) values (?, ?)")
                .params(organization.id(), organization.name()).update();
        audit.record(AuditEvent.of("organization.created", "organization", organization.id(), organization.id()));
        return organization;
    }

    @Override
    public Optional<Organization> find(UUID id) {
        return jdbc.sql("select id, name from organizations where id = ?").param(id)
                .query((rs, n) -> new Organization(rs.getObject("id", UUID.class), rs.getString("name"))).optional();
    }

    @Override
    public Optional<Organization> findByName(String name) {
        return jdbc.sql("select id, name from organizations where name = ?").param(name.strip())
                .query((rs, n) -> new Organization(rs.getObject("id", UUID.class), rs.getString("name"))).optional();
    }

    @Override
    public List<Organization> all() {
        return jdbc.sql("select id, name from organizations order by name")
                .query((rs, n) -> new Organization(rs.getObject("id", UUID.class), rs.getString("name"))).list();
    }
}
