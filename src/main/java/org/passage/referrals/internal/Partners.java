package org.passage.referrals.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The referral_partners table: each organization's own list of partners, always read within that organization. */
@Repository
class Partners {

    private final JdbcClient jdbc;

    Partners(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Partner add(UUID organizationId, @Nullable UUID partnerOrganizationId, String name, @Nullable String contact, Instant at) {
        var partner = new Partner(UUID.randomUUID(), organizationId, partnerOrganizationId, name, contact);
        jdbc.sql("""
                insert into referral_partners (id, organization_id, partner_organization_id, name, contact, added_at)
                values (:id, :org, :partnerOrg, :name, :contact, :at)""")
                .param("id", partner.id()).param("org", organizationId).param("partnerOrg", partnerOrganizationId)
                .param("name", name).param("contact", contact).param("at", Timestamp.from(at)).update();
        return partner;
    }

    /** The active partners of an organization, by name. */
    List<Partner> of(UUID organizationId) {
        return jdbc.sql("select * from referral_partners where organization_id = :org and active order by lower(name)")
                .param("org", organizationId).query((rs, n) -> new Partner(rs.getObject("id", UUID.class), organizationId,
                        rs.getObject("partner_organization_id", UUID.class), rs.getString("name"), rs.getString("contact")))
                .list();
    }

    /** An active partner of this organization; a partner of another organization is reported as unknown. */
    Optional<Partner> find(UUID organizationId, UUID id) {
        return of(organizationId).stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The partner row itself, active or not, for showing old referrals. */
    Optional<String> name(UUID id) {
        return jdbc.sql("select name from referral_partners where id = :id").param("id", id).query(String.class).optional();
    }

    boolean remove(UUID organizationId, UUID id) {
        return jdbc.sql("update referral_partners set active = false where id = :id and organization_id = :org and active")
                .param("id", id).param("org", organizationId).update() == 1;
    }

    boolean listed(UUID organizationId, UUID partnerOrganizationId) {
        return jdbc.sql("select count(*) from referral_partners where organization_id = :org and partner_organization_id = :p and active")
                .param("org", organizationId).param("p", partnerOrganizationId).query(Integer.class).single() > 0;
    }
}
