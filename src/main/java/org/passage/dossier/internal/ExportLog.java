package org.passage.dossier.internal;

import org.passage.cases.CaseId;
import org.passage.crypto.AssociatedData;
import org.passage.crypto.SealedColumn;
import org.passage.crypto.SealedText;
import org.passage.crypto.Sealing;
import org.passage.dossier.SignatureFile;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The table {@code dossier_export}: one row per export, the signed PDF and its signature file sealed. */
@Repository
class ExportLog {

    static final String TABLE = "dossier_export";

    /** One export as listed on the case page (the signature file tells who exported it for whom). */
    record Entry(UUID id, CaseId caseId, UUID exportedBy, Instant exportedAt, RedactionProfile profile, DossierLanguage language,
                 String fileName, String pdfSha256, int pages, String keyId, SignatureFile signature) {
    }

    private final JdbcClient jdbc;
    private final Sealing sealing;

    ExportLog(JdbcClient jdbc, Sealing sealing) {
        this.jdbc = jdbc;
        this.sealing = sealing;
    }

    void add(UUID organizationId, CaseId caseId, UUID exportedBy, int pages, byte[] pdf, SignatureFile signature) {
        UUID id = signature.exportId();
        jdbc.sql("""
                insert into dossier_export (id, organization_id, case_id, exported_by, exported_at, profile, language, file_name,
                    pdf_sha256, pages, key_id, pdf, signature)
                values (:id, :org, :case, :by, :at, :profile, :language, :file, :sha, :pages, :key, :pdf, :sig)""")
                .param("id", id).param("org", organizationId).param("case", caseId.value()).param("by", exportedBy)
                .param("at", Timestamp.from(signature.exportedAt())).param("profile", signature.profile())
                .param("language", signature.language()).param("file", signature.fileName()).param("sha", signature.pdfSha256())
                .param("pages", pages).param("key", signature.keyId())
                .param("pdf", seal(organizationId, caseId, "pdf", id, Base64.getEncoder().encodeToString(pdf)))
                .param("sig", seal(organizationId, caseId, "signature", id, new String(signature.bytes(), StandardCharsets.UTF_8)))
                .update();
    }

    List<Entry> ofCase(UUID organizationId, CaseId caseId) {
        return jdbc.sql("""
                select id, case_id, exported_by, exported_at, profile, language, file_name, pdf_sha256, pages, key_id, signature
                from dossier_export where organization_id = :org and case_id = :case order by exported_at desc""")
                .param("org", organizationId).param("case", caseId.value())
                .query((rs, n) -> entry(organizationId, rs)).list();
    }

    Optional<Entry> find(UUID organizationId, CaseId caseId, UUID exportId) {
        return jdbc.sql("""
                select id, case_id, exported_by, exported_at, profile, language, file_name, pdf_sha256, pages, key_id, signature
                from dossier_export where organization_id = :org and case_id = :case and id = :id""")
                .param("org", organizationId).param("case", caseId.value()).param("id", exportId)
                .query((rs, n) -> entry(organizationId, rs)).optional();
    }

    byte[] pdf(UUID organizationId, UUID exportId) {
        byte[] sealed = jdbc.sql("select pdf from dossier_export where organization_id = ? and id = ?").params(organizationId, exportId)
                .query(byte[].class).single();
        return Base64.getDecoder().decode(sealing.open(organizationId, new SealedText(sealed), new AssociatedData(TABLE, "pdf", exportId)));
    }

    private Entry entry(UUID organizationId, ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        String signature = sealing.open(organizationId, new SealedText(rs.getBytes("signature")), new AssociatedData(TABLE, "signature", id));
        return new Entry(id, new CaseId(rs.getObject("case_id", UUID.class)), rs.getObject("exported_by", UUID.class),
                rs.getTimestamp("exported_at").toInstant(), RedactionProfile.valueOf(rs.getString("profile")),
                DossierLanguage.parse(rs.getString("language")), rs.getString("file_name"), rs.getString("pdf_sha256"), rs.getInt("pages"),
                rs.getString("key_id"), SignatureFile.parse(signature.getBytes(StandardCharsets.UTF_8)));
    }

    private byte[] seal(UUID organizationId, CaseId caseId, String column, UUID id, String value) {
        return sealing.seal(organizationId, value, AssociatedData.ofCase(caseId.value(), TABLE, column, id)).ciphertext();
    }

    /** Declares the sealed columns so that key rotation re-encrypts them. */
    @Configuration(proxyBeanMethods = false)
    static class SealedColumns {
        @Bean
        SealedColumn dossierExportPdf() {
            return SealedColumn.ofCase(TABLE, "pdf", "case_id");
        }

        @Bean
        SealedColumn dossierExportSignature() {
            return SealedColumn.ofCase(TABLE, "signature", "case_id");
        }
    }
}
