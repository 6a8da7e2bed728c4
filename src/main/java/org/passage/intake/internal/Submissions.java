package org.passage.intake.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.passage.cases.CaseId;
import org.passage.crypto.AssociatedData;
import org.passage.crypto.SealedColumn;
import org.passage.crypto.SealedText;
import org.passage.crypto.Sealing;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The intake_submissions table: seals what the person typed; finds a submission by the blind index of its case code. */
@Repository
class Submissions {

    static final String TABLE = "intake_submissions";
    static final String CODE_PURPOSE = "intake_case_code";

    private final JdbcClient jdbc;
    private final Sealing sealing;

    Submissions(JdbcClient jdbc, Sealing sealing) {
        this.jdbc = jdbc;
        this.sealing = sealing;
    }

    void add(UUID organizationId, CaseId caseId, String code, String passphraseHash, IntakeForm form, Instant now) {
        add(organizationId, caseId, codeIndex(organizationId, code), passphraseHash, form, now);
    }

    /** A submission under the blind index of a code given out earlier (a held submission accepted by staff). */
    void add(UUID organizationId, CaseId caseId, byte[] codeIndex, String passphraseHash, IntakeForm form, Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into intake_submissions (id, organization_id, case_id, code_index, passphrase_hash, name, contact,
                                                whereabouts, needs, submitted_at)
                values (:id, :org, :case, :code, :hash, :name, :contact, :whereabouts, :needs, :now)""")
                .param("id", id).param("org", organizationId).param("case", caseId.value())
                .param("code", codeIndex).param("hash", passphraseHash)
                .param("name", seal(organizationId, caseId, id, "name", form.name()))
                .param("contact", seal(organizationId, caseId, id, "contact", form.contact()))
                .param("whereabouts", seal(organizationId, caseId, id, "whereabouts", form.whereabouts()))
                .param("needs", seal(organizationId, caseId, id, "needs", form.needs()))
                .param("now", Timestamp.from(now)).update();
    }

    /** Whether the case was opened by the public intake. */
    boolean exists(CaseId caseId) {
        return jdbc.sql("select count(*) from intake_submissions where case_id = :case").param("case", caseId.value())
                .query(Integer.class).single() > 0;
    }

    record Found(CaseId caseId, String passphraseHash) {
    }

    Optional<Found> byCode(UUID organizationId, String code) {
        return jdbc.sql("select case_id, passphrase_hash from intake_submissions where code_index = :code and organization_id = :org")
                .param("code", codeIndex(organizationId, code)).param("org", organizationId)
                .query((rs, n) -> new Found(new CaseId(rs.getObject(1, UUID.class)), rs.getString(2))).optional();
    }

    record Listed(CaseId caseId, Instant submittedAt) {
    }

    List<Listed> newestIn(UUID organizationId, int limit) {
        return jdbc.sql("select case_id, submitted_at from intake_submissions where organization_id = :org order by submitted_at desc limit :limit")
                .param("org", organizationId).param("limit", limit)
                .query((rs, n) -> new Listed(new CaseId(rs.getObject(1, UUID.class)), rs.getTimestamp(2).toInstant())).list();
    }

    /** What the person wrote, opened; only for a reader the case policy has let through. */
    Optional<Opened> open(CaseId caseId) {
        return jdbc.sql("select * from intake_submissions where case_id = :case").param("case", caseId.value())
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    UUID org = rs.getObject("organization_id", UUID.class);
                    return new Opened(new IntakeForm(unseal(org, id, "name", rs.getBytes("name")),
                            unseal(org, id, "contact", rs.getBytes("contact")),
                            unseal(org, id, "whereabouts", rs.getBytes("whereabouts")),
                            unseal(org, id, "needs", rs.getBytes("needs"))), rs.getTimestamp("submitted_at").toInstant());
                }).optional();
    }

    public record Opened(IntakeForm form, Instant submittedAt) {
    }

    private String unseal(UUID org, UUID id, String column, byte[] sealed) {
        return sealing.open(org, new SealedText(sealed), new AssociatedData(TABLE, column, id));
    }

    boolean codeTaken(byte[] codeIndex) {
        return jdbc.sql("select count(*) from intake_submissions where code_index = ?").param(codeIndex).query(Integer.class).single() > 0;
    }

    byte[] codeIndex(UUID organizationId, String code) {
        return sealing.blindIndex(organizationId, CODE_PURPOSE, code);
    }

    private byte[] seal(UUID org, CaseId caseId, UUID id, String column, String value) {
        return sealing.seal(org, value, AssociatedData.ofCase(caseId.value(), TABLE, column, id)).ciphertext();
    }

    /** Declares the sealed columns so that key rotation re-encrypts them. */
    @Configuration(proxyBeanMethods = false)
    static class SealedColumns {
        @Bean
        SealedColumn intakeName() {
            return SealedColumn.ofCase(TABLE, "name", "case_id");
        }

        @Bean
        SealedColumn intakeContact() {
            return SealedColumn.ofCase(TABLE, "contact", "case_id");
        }

        @Bean
        SealedColumn intakeWhereabouts() {
            return SealedColumn.ofCase(TABLE, "whereabouts", "case_id");
        }

        @Bean
        SealedColumn intakeNeeds() {
            return SealedColumn.ofCase(TABLE, "needs", "case_id");
        }
    }
}
