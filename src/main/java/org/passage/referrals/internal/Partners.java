package org.passage.referrals.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.crypto.AssociatedData;
import org.passage.crypto.LegacyPlaintextColumn;
import org.passage.crypto.SealedColumn;
import org.passage.crypto.SealedText;
import org.passage.crypto.Sealing;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The referral_partners table: each organization's own list of partners, always read within that organization. An
 * external partner is often one person known by name and a Signal number, so name and contact are sealed with the
 * listing organization's key; the list is sorted by name after opening.
 */
@Repository
class Partners {

    static final String TABLE = "referral_partners";

    private final JdbcClient jdbc;
    private final Sealing sealing;

    Partners(JdbcClient jdbc, Sealing sealing) {
        this.jdbc = jdbc;
        this.sealing = sealing;
    }

    Partner add(UUID organizationId, @Nullable UUID partnerOrganizationId, String name, @Nullable String contact, Instant at) {
        var partner = new Partner(UUID.randomUUID(), organizationId, partnerOrganizationId, name, contact);
        jdbc.sql("""
                insert into referral_partners (id, organization_id, partner_organization_id, name, contact, added_at)
                values (:id, :org, :partnerOrg, :name, :contact, :at)""")
                .param("id", partner.id()).param("org", organizationId).param("partnerOrg", partnerOrganizationId)
                .param("name", seal(organizationId, partner.id(), "name", name))
                .param("contact", contact == null ? null : seal(organizationId, partner.id(), "contact", contact))
                .param("at", Timestamp.from(at)).update();
        return partner;
    }

    /** The active partners of an organization, by name. */
    List<Partner> of(UUID organizationId) {
        return jdbc.sql("select * from referral_partners where organization_id = :org and active")
                .param("org", organizationId).query(this::partner).list().stream()
                .sorted(Comparator.comparing((Partner p) -> p.name().toLowerCase(Locale.ROOT)).thenComparing(Partner::id)).toList();
    }

    /** An active partner of this organization; a partner of another organization is reported as unknown. */
    Optional<Partner> find(UUID organizationId, UUID id) {
        return of(organizationId).stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The partner row itself, active or not, for showing old referrals. */
    Optional<String> name(UUID id) {
        return jdbc.sql("select * from referral_partners where id = :id").param("id", id).query(this::partner).optional()
                .map(Partner::name);
    }

    /** The name of a partner row read by another query of this feature (statistics), opened with the row's own key. */
    String name(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        UUID organization = rs.getObject("organization_id", UUID.class);
        byte[] sealed = rs.getBytes("name");
        return sealed == null ? rs.getString("name_plaintext") : open(organization, id, "name", sealed);
    }

    boolean remove(UUID organizationId, UUID id) {
        return jdbc.sql("update referral_partners set active = false where id = :id and organization_id = :org and active")
                .param("id", id).param("org", organizationId).update() == 1;
    }

    boolean listed(UUID organizationId, UUID partnerOrganizationId) {
        return jdbc.sql("select count(*) from referral_partners where organization_id = :org and partner_organization_id = :p and active")
                .param("org", organizationId).param("p", partnerOrganizationId).query(Integer.class).single() > 0;
    }

    private Partner partner(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        UUID organization = rs.getObject("organization_id", UUID.class);
        byte[] contact = rs.getBytes("contact");
        return new Partner(id, organization, rs.getObject("partner_organization_id", UUID.class), name(rs),
                contact == null ? rs.getString("contact_plaintext") : open(organization, id, "contact", contact));
    }

    private byte[] seal(UUID organization, UUID id, String column, String value) {
        return sealing.seal(organization, value, new AssociatedData(TABLE, column, id)).ciphertext();
    }

    private String open(UUID organization, UUID id, String column, byte[] sealed) {
        return sealing.open(organization, new SealedText(sealed), new AssociatedData(TABLE, column, id));
    }

    /** Declares the sealed columns so that key rotation re-encrypts them, and their plaintext of before 12.6, sealed at startup. */
    @Configuration(proxyBeanMethods = false)
    static class SealedColumns {
        @Bean
        SealedColumn referralPartnerName() {
            return SealedColumn.of(TABLE, "name");
        }

        @Bean
        SealedColumn referralPartnerContact() {
            return SealedColumn.of(TABLE, "contact");
        }

        @Bean
        LegacyPlaintextColumn referralPartnerNamePlaintext() {
            return LegacyPlaintextColumn.of(referralPartnerName());
        }

        @Bean
        LegacyPlaintextColumn referralPartnerContactPlaintext() {
            return LegacyPlaintextColumn.of(referralPartnerContact());
        }
    }
}
