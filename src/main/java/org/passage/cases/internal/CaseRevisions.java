package org.passage.cases.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The history of what was changed on a case after it was written: the values before and after are sealed together,
 * only the names of the changed fields are plaintext (so the audit and the history can say "birth date" without
 * opening anything). Decides nothing about access.
 */
@Repository
class CaseRevisions {

    static final String TABLE = "case_revisions";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Map<String, String>>> CHANGE = new TypeReference<>() {
    };

    /** What was changed. */
    enum Subject { APPLICANT, DETAILS, NOTE, TASK }

    /** One change: which fields, their values before and after (personal: redacted {@link #toString()}). */
    record Revision(UUID id, Subject subject, @Nullable UUID subjectId, Instant at, @Nullable UUID by, List<String> fields,
                    Map<String, String> before, Map<String, String> after) {
        Revision {
            Objects.requireNonNull(subject, "subject");
            fields = List.copyOf(fields);
            before = Map.copyOf(before);
            after = Map.copyOf(after);
        }

        /** The value of {@code field} before the change, empty when there was none. */
        public String was(String field) {
            return before.getOrDefault(field, "");
        }

        /** The value of {@code field} after the change. */
        public String became(String field) {
            return after.getOrDefault(field, "");
        }

        @Override
        public String toString() {
            return "Revision[" + subject + " " + fields + ", REDACTED]";
        }
    }

    private final JdbcClient jdbc;
    private final Sealing sealing;

    CaseRevisions(JdbcClient jdbc, Sealing sealing) {
        this.jdbc = jdbc;
        this.sealing = sealing;
    }

    /**
     * The fields whose values differ between {@code before} and {@code after}, in the order of {@code after}; empty when
     * nothing changed (then nothing is recorded).
     */
    static List<String> changed(Map<String, String> before, Map<String, String> after) {
        return after.keySet().stream().filter(f -> !Objects.equals(before.getOrDefault(f, ""), after.getOrDefault(f, ""))).toList();
    }

    /** Records a change of the fields that differ; returns them (empty: nothing differed, nothing recorded). */
    List<String> record(UUID organizationId, CaseId caseId, Subject subject, @Nullable UUID subjectId, Map<String, String> before,
                        Map<String, String> after, Instant at, @Nullable UUID by) {
        List<String> fields = changed(before, after);
        if (fields.isEmpty()) {
            return fields;
        }
        Map<String, String> was = new LinkedHashMap<>();
        Map<String, String> became = new LinkedHashMap<>();
        fields.forEach(f -> {
            was.put(f, before.getOrDefault(f, ""));
            became.put(f, after.getOrDefault(f, ""));
        });
        UUID id = UUID.randomUUID();
        byte[] sealed = sealing.seal(organizationId, JSON.writeValueAsString(Map.of("before", was, "after", became)),
                AssociatedData.ofCase(caseId.value(), TABLE, "change", id)).ciphertext();
        jdbc.sql("""
                insert into case_revisions (id, case_id, organization_id, subject, subject_id, revised_at, revised_by, fields, change)
                values (:id, :case, :org, :subject, :subjectId, :at, :by, :fields, :change)""")
                .param("id", id).param("case", caseId.value()).param("org", organizationId).param("subject", subject.name())
                .param("subjectId", subjectId).param("at", Timestamp.from(at)).param("by", by)
                .param("fields", String.join(",", fields)).param("change", sealed).update();
        return fields;
    }

    /** The changes of a case about {@code subjects}, newest first. */
    List<Revision> of(UUID organizationId, CaseId caseId, Subject... subjects) {
        return jdbc.sql("""
                select * from case_revisions where case_id = :case and organization_id = :org and subject = any(:subjects)
                order by revised_at desc, id""")
                .param("case", caseId.value()).param("org", organizationId)
                .param("subjects", Arrays.stream(subjects).map(Subject::name).toArray(String[]::new))
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    Map<String, Map<String, String>> change = JSON.readValue(sealing.open(organizationId,
                            new SealedText(rs.getBytes("change")), new AssociatedData(TABLE, "change", id)), CHANGE);
                    return new Revision(id, Subject.valueOf(rs.getString("subject")), rs.getObject("subject_id", UUID.class),
                            rs.getTimestamp("revised_at").toInstant(), rs.getObject("revised_by", UUID.class),
                            List.of(rs.getString("fields").split(",")), change.getOrDefault("before", Map.of()),
                            change.getOrDefault("after", Map.of()));
                }).list();
    }

    @Configuration(proxyBeanMethods = false)
    static class SealedColumns {
        @Bean
        SealedColumn casesRevisionChange() {
            return SealedColumn.ofCase(TABLE, "change", "case_id");
        }
    }
}
