package org.passage.referrals.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.cases.CaseId;
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
 * The referrals table. Who consented, a decline reason and the summary for an external partner are sealed under the
 * referring case's key, so erasing the case makes them unreadable; the summary for an organization on this installation
 * is sealed with that organization's key (its own copy). Answers change only a pending row, so two answers at once
 * cannot both win.
 */
@Repository
class Referrals {

    static final String TABLE = "referrals";
    private final JdbcClient jdbc;
    private final Sealing sealing;

    Referrals(JdbcClient jdbc, Sealing sealing) {
        this.jdbc = jdbc;
        this.sealing = sealing;
    }

    UUID add(UUID organizationId, CaseId caseId, Partner partner, Summary summary, ReferralForm.Consent consent,
             UUID by, Instant at) {
        UUID id = UUID.randomUUID();
        UUID keyOrganization = partner.external() ? organizationId : partner.partnerOrganizationId();
        jdbc.sql("""
                insert into referrals (id, organization_id, case_id, partner_id, to_organization_id, key_organization_id,
                    fields, summary, consent_by, consent_on, consent_method, consent_fields, status, referred_at, referred_by)
                values (:id, :org, :case, :partner, :to, :key, :fields, :summary, :consentBy, :consentOn, :method,
                    :consentFields, 'PENDING', :at, :by)""")
                .param("id", id).param("org", organizationId).param("case", caseId.value()).param("partner", partner.id())
                .param("to", partner.partnerOrganizationId()).param("key", keyOrganization)
                .param("fields", names(summary.values().keySet()))
                .param("summary", sealing.seal(keyOrganization, summary.json(), partner.external()
                        ? AssociatedData.ofCase(caseId.value(), TABLE, "summary", id) : new AssociatedData(TABLE, "summary", id)).ciphertext())
                .param("consentBy", sealing.seal(organizationId, consent.by(), AssociatedData.ofCase(caseId.value(), TABLE, "consent_by", id)).ciphertext())
                .param("consentOn", consent.on()).param("method", consent.method().name())
                .param("consentFields", names(consent.fields()))
                .param("at", Timestamp.from(at)).param("by", by).update();
        return id;
    }

    Optional<Referral> find(UUID id) {
        return jdbc.sql("select * from referrals where id = :id").param("id", id).query(this::referral).optional();
    }

    List<Referral> ofCase(UUID organizationId, CaseId caseId) {
        return jdbc.sql("select * from referrals where organization_id = :org and case_id = :case order by referred_at desc")
                .param("org", organizationId).param("case", caseId.value()).query(this::referral).list();
    }

    List<Referral> incoming(UUID organizationId) {
        return jdbc.sql("""
                select * from referrals where to_organization_id = :org and status <> 'WITHDRAWN'
                order by status = 'PENDING' desc, referred_at desc limit 500""")
                .param("org", organizationId).query(this::referral).list();
    }

    /** The summary, opened with the key it was sealed with. */
    Summary summary(UUID id) {
        record Sealed(UUID key, byte[] summary) {
        }
        Sealed row = jdbc.sql("select key_organization_id, summary from referrals where id = :id").param("id", id)
                .query((rs, n) -> new Sealed(rs.getObject(1, UUID.class), rs.getBytes(2))).single();
        return Summary.fromJson(sealing.open(row.key(), new SealedText(row.summary()), new AssociatedData(TABLE, "summary", id)));
    }

    /** Who consented: the referring organization's to know. */
    String consentBy(Referral referral) {
        byte[] sealed = jdbc.sql("select consent_by from referrals where id = :id").param("id", referral.id()).query(byte[].class).single();
        return sealing.open(referral.organizationId(), new SealedText(sealed), new AssociatedData(TABLE, "consent_by", referral.id()));
    }

    /** Answers a pending referral; false when it was not pending any more. */
    boolean answer(UUID id, ReferralStatus status, @Nullable String reason, @Nullable UUID acceptedCase, UUID by, Instant at) {
        return jdbc.sql("""
                update referrals set status = :status, decline_reason = :reason, accepted_case_id = :accepted,
                    answered_by = :by, answered_at = :at
                where id = :id and status = 'PENDING'""")
                .param("status", status.name()).param("reason", reason == null ? null : sealedReason(id, reason))
                .param("accepted", acceptedCase)
                .param("by", by).param("at", Timestamp.from(at)).param("id", id).update() == 1;
    }

    /** The reason sealed under the referring case's key, bound to the referral's row. */
    byte[] sealedReason(UUID id, String reason) {
        record Owner(UUID organization, UUID caseId) {
        }
        Owner owner = jdbc.sql("select organization_id, case_id from referrals where id = :id").param("id", id)
                .query((rs, n) -> new Owner(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))).single();
        return sealing.seal(owner.organization(), reason, AssociatedData.ofCase(owner.caseId(), TABLE, "decline_reason", id)).ciphertext();
    }

    /**
     * The case was erased: a referral of it to an organization on this installation that is still pending is withdrawn
     * and its summary (sealed with the receiving organization's key, so the case's key does not cover it) deleted.
     */
    int withdrawForErasedCase(UUID caseId, Instant at) {
        return jdbc.sql("""
                update referrals set status = 'WITHDRAWN', answered_at = :at, summary = null
                where case_id = :case and status = 'PENDING' and summary_case_id is null""")
                .param("case", caseId).param("at", Timestamp.from(at)).update();
    }

    private @Nullable String openReason(UUID id, UUID organization, byte @Nullable [] sealed) {
        return sealed == null ? null : sealing.open(organization, new SealedText(sealed), new AssociatedData(TABLE, "decline_reason", id));
    }

    private static String[] names(java.util.Collection<SummaryField> fields) {
        return fields.stream().sorted().map(Enum::name).toArray(String[]::new);
    }

    private Referral referral(ResultSet rs, int row) throws SQLException {
        Timestamp answered = rs.getTimestamp("answered_at");
        UUID id = rs.getObject("id", UUID.class);
        UUID organization = rs.getObject("organization_id", UUID.class);
        return new Referral(id, organization,
                new CaseId(rs.getObject("case_id", UUID.class)), rs.getObject("partner_id", UUID.class),
                rs.getObject("to_organization_id", UUID.class), fields(rs.getArray("fields")),
                rs.getObject("consent_on", java.time.LocalDate.class), ConsentMethod.valueOf(rs.getString("consent_method")),
                fields(rs.getArray("consent_fields")), ReferralStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("referred_at").toInstant(), rs.getObject("referred_by", UUID.class),
                answered == null ? null : answered.toInstant(), openReason(id, organization, rs.getBytes("decline_reason")),
                rs.getObject("accepted_case_id", UUID.class));
    }

    private static List<SummaryField> fields(Array array) throws SQLException {
        return Arrays.stream((String[]) array.getArray()).map(SummaryField::valueOf).sorted().toList();
    }

    /**
     * Declares the sealed columns so that key rotation re-encrypts them, each with the organization whose key sealed it
     * and the case whose key seals it (the summary's case only for an external partner), and the reasons an earlier
     * version kept in plaintext, sealed at startup.
     */
    @Configuration(proxyBeanMethods = false)
    static class SealedColumns {
        @Bean
        SealedColumn referralsSummary() {
            return new SealedColumn(TABLE, "summary", "id", "key_organization_id", "summary_case_id");
        }

        @Bean
        SealedColumn referralsConsentBy() {
            return SealedColumn.ofCase(TABLE, "consent_by", "case_id");
        }

        @Bean
        SealedColumn referralsDeclineReason() {
            return SealedColumn.ofCase(TABLE, "decline_reason", "case_id");
        }

        @Bean
        LegacyPlaintextColumn referralsDeclineReasonPlaintext() {
            return LegacyPlaintextColumn.of(referralsDeclineReason());
        }
    }
}
