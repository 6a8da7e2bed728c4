package org.passage.cases.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
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
import tools.jackson.databind.json.JsonMapper;

/** The applicant's details (one sealed JSON document per case) and the case notes (each sealed). */
@Repository
class CaseDetailsTable {

    static final String DETAILS = "case_applicant_details";
    static final String NOTES = "case_notes";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final JdbcClient jdbc;
    private final Sealing sealing;

    CaseDetailsTable(JdbcClient jdbc, Sealing sealing) {
        this.jdbc = jdbc;
        this.sealing = sealing;
    }

    ApplicantDetails details(UUID organizationId, CaseId id) {
        return jdbc.sql("select details from case_applicant_details where case_id = :id and organization_id = :org")
                .param("id", id.value()).param("org", organizationId).query(byte[].class).optional()
                .map(sealed -> JSON.readValue(sealing.open(organizationId, new SealedText(sealed),
                        new AssociatedData(DETAILS, "details", id.value())), ApplicantDetails.class))
                .orElse(ApplicantDetails.none());
    }

    /** The details of those of {@code ids} that have any, opened. */
    java.util.Map<CaseId, ApplicantDetails> details(UUID organizationId, java.util.Collection<CaseId> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        return jdbc.sql("select case_id, details from case_applicant_details where organization_id = :org and case_id = any(:ids)")
                .param("org", organizationId).param("ids", ids.stream().map(CaseId::value).toArray(UUID[]::new))
                .query((rs, n) -> {
                    var id = new CaseId(rs.getObject(1, UUID.class));
                    return java.util.Map.entry(id, JSON.readValue(sealing.open(organizationId, new SealedText(rs.getBytes(2)),
                            new AssociatedData(DETAILS, "details", id.value())), ApplicantDetails.class));
                }).list().stream().collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue));
    }

    void save(UUID organizationId, CaseId id, ApplicantDetails details, Instant at, @Nullable UUID by) {
        byte[] sealed = sealing.seal(organizationId, JSON.writeValueAsString(details),
                AssociatedData.ofCase(id.value(), DETAILS, "details", id.value())).ciphertext();
        jdbc.sql("""
                insert into case_applicant_details (case_id, organization_id, details, updated_at, updated_by)
                values (:id, :org, :details, :at, :by)
                on conflict (case_id) do update set details = excluded.details, updated_at = excluded.updated_at,
                    updated_by = excluded.updated_by""")
                .param("id", id.value()).param("org", organizationId).param("details", sealed)
                .param("at", Timestamp.from(at)).param("by", by).update();
    }

    void add(UUID organizationId, CaseId id, CaseNote note) {
        jdbc.sql("""
                insert into case_notes (id, case_id, organization_id, body, written_at, written_by)
                values (:id, :case, :org, :body, :at, :by)""")
                .param("id", note.id()).param("case", id.value()).param("org", organizationId)
                .param("body", sealing.seal(organizationId, note.body(), AssociatedData.ofCase(id.value(), NOTES, "body", note.id())).ciphertext())
                .param("at", Timestamp.from(note.writtenAt())).param("by", note.writtenBy()).update();
    }

    /** Replaces the text of a note of this case (its earlier text is kept by {@link CaseRevisions}). */
    void rewrite(UUID organizationId, CaseId id, CaseNote note) {
        jdbc.sql("update case_notes set body = :body where id = :id and case_id = :case and organization_id = :org")
                .param("body", sealing.seal(organizationId, note.body(), AssociatedData.ofCase(id.value(), NOTES, "body", note.id())).ciphertext())
                .param("id", note.id()).param("case", id.value()).param("org", organizationId).update();
    }

    /** Notes of a case, newest first. */
    List<CaseNote> notes(UUID organizationId, CaseId id) {
        return jdbc.sql("select * from case_notes where case_id = :id and organization_id = :org order by written_at desc")
                .param("id", id.value()).param("org", organizationId)
                .query((rs, n) -> {
                    UUID noteId = rs.getObject("id", UUID.class);
                    return new CaseNote(noteId, sealing.open(organizationId, new SealedText(rs.getBytes("body")),
                            new AssociatedData(NOTES, "body", noteId)), rs.getTimestamp("written_at").toInstant(),
                            rs.getObject("written_by", UUID.class));
                }).list();
    }

    /** Declares the sealed columns so that key rotation re-encrypts them. */
    @Configuration(proxyBeanMethods = false)
    static class SealedColumns {
        @Bean
        SealedColumn casesApplicantDetails() {
            return new SealedColumn(DETAILS, "details", "case_id", "organization_id", "case_id");
        }

        @Bean
        SealedColumn casesNoteBody() {
            return SealedColumn.ofCase(NOTES, "body", "case_id");
        }
    }
}
