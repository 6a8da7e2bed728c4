package org.passage.cases.internal;

import java.sql.Timestamp;
import java.time.Instant;
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
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The documents table: seals name and bytes, decides nothing about access. */
@Repository
class CaseDocuments {

    static final String TABLE = "case_documents";
    private final JdbcClient jdbc;
    private final Sealing sealing;

    CaseDocuments(JdbcClient jdbc, Sealing sealing) {
        this.jdbc = jdbc;
        this.sealing = sealing;
    }

    /** A stored document without its bytes, for lists. */
    record Listed(UUID id, String fileName, String mediaType, int size, Instant uploadedAt) {
        @Override
        public String toString() {
            return "Listed[" + id + ", " + mediaType + ", REDACTED]";
        }
    }

    record Content(String fileName, DocumentType type, byte[] bytes) {
        @Override
        public String toString() {
            return "Content[" + type + ", REDACTED]";
        }
    }

    UUID add(UUID organizationId, CaseId caseId, String fileName, DocumentType type, byte[] bytes, Instant at, @Nullable UUID by) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into case_documents (id, case_id, organization_id, media_type, size_bytes, file_name, content,
                                            uploaded_at, uploaded_by)
                values (:id, :case, :org, :type, :size, :name, :content, :at, :by)""")
                .param("id", id).param("case", caseId.value()).param("org", organizationId).param("type", type.mediaType())
                .param("size", bytes.length)
                .param("name", sealing.seal(organizationId, fileName, AssociatedData.ofCase(caseId.value(), TABLE, "file_name", id)).ciphertext())
                .param("content", sealing.seal(organizationId, Base64.getEncoder().encodeToString(bytes),
                        AssociatedData.ofCase(caseId.value(), TABLE, "content", id)).ciphertext())
                .param("at", Timestamp.from(at)).param("by", by).update();
        return id;
    }

    List<Listed> of(UUID organizationId, CaseId caseId) {
        return jdbc.sql("""
                select id, media_type, size_bytes, file_name, uploaded_at from case_documents
                where case_id = :case and organization_id = :org order by uploaded_at desc""")
                .param("case", caseId.value()).param("org", organizationId)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new Listed(id, name(organizationId, id, rs.getBytes("file_name")), rs.getString("media_type"),
                            rs.getInt("size_bytes"), rs.getTimestamp("uploaded_at").toInstant());
                }).list();
    }

    Optional<Content> content(UUID organizationId, CaseId caseId, UUID id) {
        return jdbc.sql("""
                select media_type, file_name, content from case_documents
                where id = :id and case_id = :case and organization_id = :org""")
                .param("id", id).param("case", caseId.value()).param("org", organizationId)
                .query((rs, n) -> new Content(name(organizationId, id, rs.getBytes("file_name")),
                        DocumentType.ofMediaType(rs.getString("media_type")).orElseThrow(),
                        Base64.getDecoder().decode(sealing.open(organizationId, new SealedText(rs.getBytes("content")),
                                new AssociatedData(TABLE, "content", id)))))
                .optional();
    }

    private String name(UUID org, UUID id, byte[] sealed) {
        return sealing.open(org, new SealedText(sealed), new AssociatedData(TABLE, "file_name", id));
    }

    @Configuration(proxyBeanMethods = false)
    static class SealedColumns {
        @Bean
        SealedColumn casesDocumentName() {
            return SealedColumn.ofCase(TABLE, "file_name", "case_id");
        }

        @Bean
        SealedColumn casesDocumentContent() {
            return SealedColumn.ofCase(TABLE, "content", "case_id");
        }
    }
}
