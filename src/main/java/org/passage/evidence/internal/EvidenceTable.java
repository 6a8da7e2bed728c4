package org.passage.evidence.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.cases.CaseId;
import org.passage.crypto.AssociatedData;
import org.passage.crypto.SealedColumn;
import org.passage.crypto.SealedText;
import org.passage.crypto.Sealing;
import org.passage.evidence.EvidenceInput;
import org.passage.evidence.EvidenceItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The evidence items table: seals label, URL, file name, note and the copy; decides nothing about access. */
@Repository
class EvidenceTable {

    static final String TABLE = "evidence_items";
    private static final String COLUMNS = """
            id, case_id, kind, label, url, sha256, size_bytes, media_type, file_name, captured_at, captured_by,
            stored_at, identifies_source, note""";

    private final JdbcClient jdbc;
    private final Sealing sealing;

    EvidenceTable(JdbcClient jdbc, Sealing sealing) {
        this.jdbc = jdbc;
        this.sealing = sealing;
    }

    /** An item with what only the details page shows: the file name and the note. */
    public record Detailed(EvidenceItem item, @Nullable String fileName, String note) {
        @Override
        public String toString() {
            return "Detailed[" + item + ", REDACTED]";
        }
    }

    void add(UUID organizationId, EvidenceItem item, EvidenceInput input, @Nullable Original original) {
        UUID id = item.id();
        jdbc.sql("""
                insert into evidence_items (id, case_id, organization_id, kind, label, url, sha256, size_bytes, media_type,
                                            file_name, content, captured_at, captured_by, stored_at, identifies_source, note)
                values (:id, :case, :org, :kind, :label, :url, :sha, :size, :type, :name, :content, :captured, :by, :stored,
                        :identifies, :note)""")
                .param("id", id).param("case", item.caseId().value()).param("org", organizationId)
                .param("kind", item.kind().name())
                .param("label", seal(organizationId, item.caseId().value(), id, "label", item.label()))
                .param("url", seal(organizationId, item.caseId().value(), id, "url", item.url()))
                .param("sha", item.sha256()).param("size", item.size()).param("type", item.mediaType())
                .param("name", seal(organizationId, item.caseId().value(), id, "file_name", input.fileName()))
                .param("content", original == null ? null
                        : seal(organizationId, item.caseId().value(), id, "content", Base64.getEncoder().encodeToString(original.bytes())))
                .param("captured", Timestamp.from(item.capturedAt())).param("by", item.capturedBy())
                .param("stored", Timestamp.from(item.storedAt())).param("identifies", item.identifiesSource())
                .param("note", input.note().isEmpty() ? null : seal(organizationId, item.caseId().value(), id, "note", input.note()))
                .update();
    }

    List<EvidenceItem> ofCase(UUID organizationId, CaseId caseId) {
        return jdbc.sql("select " + COLUMNS + " from evidence_items where case_id = :case and organization_id = :org"
                        + " order by captured_at desc, stored_at desc")
                .param("case", caseId.value()).param("org", organizationId)
                .query((rs, n) -> item(organizationId, rs)).list();
    }

    Optional<Detailed> find(UUID organizationId, CaseId caseId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from evidence_items where id = :id and case_id = :case and organization_id = :org")
                .param("id", id).param("case", caseId.value()).param("org", organizationId)
                .query((rs, n) -> new Detailed(item(organizationId, rs), open(organizationId, id, "file_name", rs.getBytes("file_name")),
                        java.util.Objects.requireNonNullElse(open(organizationId, id, "note", rs.getBytes("note")), "")))
                .optional();
    }

    /** The archived copy, decrypted; empty when the item is a URL without a copy. */
    Optional<byte[]> content(UUID organizationId, CaseId caseId, UUID id) {
        return jdbc.sql("select content from evidence_items where id = :id and case_id = :case and organization_id = :org"
                        + " and content is not null")
                .param("id", id).param("case", caseId.value()).param("org", organizationId)
                .query((rs, n) -> Base64.getDecoder().decode(open(organizationId, id, "content", rs.getBytes("content"))))
                .optional();
    }

    /** Whether the demo seeder already left items in this organization. */
    boolean anyIn(UUID organizationId) {
        return jdbc.sql("select exists (select 1 from evidence_items where organization_id = ?)").param(organizationId)
                .query(Boolean.class).single();
    }

    private EvidenceItem item(UUID org, ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        String sha = rs.getString("sha256");
        return new EvidenceItem(id, new CaseId(rs.getObject("case_id", UUID.class)), EvidenceInput.Kind.valueOf(rs.getString("kind")),
                java.util.Objects.requireNonNull(open(org, id, "label", rs.getBytes("label"))), open(org, id, "url", rs.getBytes("url")),
                sha, rs.getLong("size_bytes"), rs.getString("media_type"), rs.getTimestamp("captured_at").toInstant(),
                rs.getString("captured_by"), rs.getTimestamp("stored_at").toInstant(), rs.getBoolean("identifies_source"),
                sha != null);
    }

    private byte @Nullable [] seal(UUID org, UUID caseId, UUID id, String column, @Nullable String value) {
        return value == null ? null : sealing.seal(org, value, AssociatedData.ofCase(caseId, TABLE, column, id)).ciphertext();
    }

    private @Nullable String open(UUID org, UUID id, String column, byte @Nullable [] sealed) {
        return sealed == null ? null : sealing.open(org, new SealedText(sealed), new AssociatedData(TABLE, column, id));
    }

    /** Key rotation re-encrypts these; the trigger lets only them change. */
    @Configuration(proxyBeanMethods = false)
    static class SealedColumns {
        @Bean
        SealedColumn evidenceLabel() {
            return SealedColumn.ofCase(TABLE, "label", "case_id");
        }

        @Bean
        SealedColumn evidenceUrl() {
            return SealedColumn.ofCase(TABLE, "url", "case_id");
        }

        @Bean
        SealedColumn evidenceFileName() {
            return SealedColumn.ofCase(TABLE, "file_name", "case_id");
        }

        @Bean
        SealedColumn evidenceNote() {
            return SealedColumn.ofCase(TABLE, "note", "case_id");
        }

        @Bean
        SealedColumn evidenceContent() {
            return SealedColumn.ofCase(TABLE, "content", "case_id");
        }
    }
}
