package org.passage.intake.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.cases.CaseId;
import org.passage.crypto.AssociatedData;
import org.passage.crypto.SealedColumn;
import org.passage.crypto.SealedText;
import org.passage.crypto.Sealing;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The intake_held table: submissions that wait for a person before any case exists, sealed like intake_submissions and
 * found by the blind index of the code the person was given. Deciding is one conditional update, so two coordinators
 * cannot both accept one item; a decided item's content is erased (accepted: it moved into the case).
 */
@Repository
class HeldSubmissions {

    static final String TABLE = "intake_held";
    private static final String[] FIELDS = {"name", "contact", "whereabouts", "needs"};

    /** Why a submission was held rather than opened as a case. */
    enum Reason { OVER_LIMIT, FORM_TOKEN, TOO_FAST, HONEYPOT }

    enum Decision { ACCEPTED, SPAM, DUPLICATE }

    /** One held submission, opened. Redacted in logs. */
    record Held(UUID id, UUID organizationId, Reason reason, Instant receivedAt, IntakeForm form, String passphraseHash,
                byte[] codeIndex) {
        @Override
        public String toString() {
            return "Held[" + id + ", " + reason + ", REDACTED]";
        }
    }

    private final JdbcClient jdbc;
    private final Sealing sealing;

    HeldSubmissions(JdbcClient jdbc, Sealing sealing) {
        this.jdbc = jdbc;
        this.sealing = sealing;
    }

    UUID add(UUID organizationId, byte[] codeIndex, String passphraseHash, IntakeForm form, Reason reason, Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into intake_held (id, organization_id, code_index, passphrase_hash, name, contact, whereabouts, needs,
                                                 reason, received_at)
                        values (:id, :org, :code, :hash, :name, :contact, :whereabouts, :needs, :reason, :now)""")
                .param("id", id).param("org", organizationId).param("code", codeIndex).param("hash", passphraseHash)
                .param("name", seal(organizationId, id, "name", form.name()))
                .param("contact", seal(organizationId, id, "contact", form.contact()))
                .param("whereabouts", seal(organizationId, id, "whereabouts", form.whereabouts()))
                .param("needs", seal(organizationId, id, "needs", form.needs()))
                .param("reason", reason.name()).param("now", Timestamp.from(now)).update();
        return id;
    }

    boolean codeTaken(byte[] codeIndex) {
        return jdbc.sql("select count(*) from intake_held where code_index = ?").param(codeIndex).query(Integer.class).single() > 0;
    }

    /** The passphrase hash of a held (not yet decided) submission known by this code. */
    Optional<String> waitingPassphraseHash(UUID organizationId, byte[] codeIndex) {
        return jdbc.sql("select passphrase_hash from intake_held where organization_id = ? and code_index = ? and state = 'HELD'")
                .params(organizationId, codeIndex).query(String.class).optional();
    }

    List<Held> waiting(UUID organizationId, int limit) {
        return jdbc.sql("select * from intake_held where organization_id = ? and state = 'HELD' order by received_at limit ?")
                .params(organizationId, limit).query(this::held).list();
    }

    int countWaiting(UUID organizationId) {
        return jdbc.sql("select count(*) from intake_held where organization_id = ? and state = 'HELD'").param(organizationId)
                .query(Integer.class).single();
    }

    Optional<Held> waiting(UUID organizationId, UUID id) {
        return jdbc.sql("select * from intake_held where organization_id = ? and id = ? and state = 'HELD' for update")
                .params(organizationId, id).query(this::held).optional();
    }

    /** Marks the item decided and erases what the person typed; false if someone decided it meanwhile. */
    boolean decide(UUID id, Decision decision, UUID staffId, @Nullable CaseId caseId, Instant now) {
        return jdbc.sql("""
                        update intake_held set state = ?, decided_by = ?, decided_at = ?, case_id = ?,
                               name = null, contact = null, whereabouts = null, needs = null
                        where id = ? and state = 'HELD'""")
                .params(decision.name(), staffId, Timestamp.from(now), caseId == null ? null : caseId.value(), id).update() == 1;
    }

    private Held held(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        UUID org = rs.getObject("organization_id", UUID.class);
        String[] values = new String[FIELDS.length];
        for (int i = 0; i < FIELDS.length; i++) {
            values[i] = sealing.open(org, new SealedText(rs.getBytes(FIELDS[i])), new AssociatedData(TABLE, FIELDS[i], id));
        }
        return new Held(id, org, Reason.valueOf(rs.getString("reason")), rs.getTimestamp("received_at").toInstant(),
                new IntakeForm(values[0], values[1], values[2], values[3]), rs.getString("passphrase_hash"), rs.getBytes("code_index"));
    }

    private byte[] seal(UUID org, UUID id, String column, String value) {
        return sealing.seal(org, value, new AssociatedData(TABLE, column, id)).ciphertext();
    }

    /** Declares the sealed columns so that key rotation re-encrypts them. */
    @Configuration(proxyBeanMethods = false)
    static class SealedColumns {
        @Bean
        SealedColumn heldName() {
            return SealedColumn.of(TABLE, "name");
        }

        @Bean
        SealedColumn heldContact() {
            return SealedColumn.of(TABLE, "contact");
        }

        @Bean
        SealedColumn heldWhereabouts() {
            return SealedColumn.of(TABLE, "whereabouts");
        }

        @Bean
        SealedColumn heldNeeds() {
            return SealedColumn.of(TABLE, "needs");
        }
    }
}
