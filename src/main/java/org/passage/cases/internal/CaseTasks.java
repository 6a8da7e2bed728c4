package org.passage.cases.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
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

/** The tasks table: seals titles, decides nothing about access. */
@Repository
class CaseTasks {

    static final String TABLE = "case_tasks";
    private final JdbcClient jdbc;
    private final Sealing sealing;

    CaseTasks(JdbcClient jdbc, Sealing sealing) {
        this.jdbc = jdbc;
        this.sealing = sealing;
    }

    void add(UUID organizationId, CaseId caseId, CaseTask task, @Nullable UUID by) {
        jdbc.sql("""
                insert into case_tasks (id, case_id, organization_id, kind, title, due_on, created_at, created_by)
                values (:id, :case, :org, :kind, :title, :due, :at, :by)""")
                .param("id", task.id()).param("case", caseId.value()).param("org", organizationId)
                .param("kind", task.kind().name())
                .param("title", sealing.seal(organizationId, task.title(), AssociatedData.ofCase(caseId.value(), TABLE, "title", task.id())).ciphertext())
                .param("due", Date.valueOf(task.dueOn())).param("at", Timestamp.from(task.createdAt())).param("by", by)
                .update();
    }

    /** Marks an open task of this case done; false if there is no such open task. */
    boolean markDone(UUID organizationId, CaseId caseId, UUID taskId, Instant at, @Nullable UUID by) {
        return jdbc.sql("""
                update case_tasks set done_at = :at, done_by = :by
                where id = :id and case_id = :case and organization_id = :org and done_at is null""")
                .param("at", Timestamp.from(at)).param("by", by).param("id", taskId).param("case", caseId.value())
                .param("org", organizationId).update() == 1;
    }

    /** An open task past its due day, with its case. */
    record Overdue(CaseId caseId, CaseTask task) {
    }

    /** Open tasks of {@code caseIds} due before {@code today}, the oldest first. */
    List<Overdue> overdue(UUID organizationId, java.util.Collection<CaseId> caseIds, LocalDate today) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select * from case_tasks where organization_id = :org and case_id = any(:cases) and done_at is null and due_on < :today
                order by due_on, created_at""")
                .param("org", organizationId).param("cases", caseIds.stream().map(CaseId::value).toArray(UUID[]::new))
                .param("today", Date.valueOf(today))
                .query((rs, n) -> new Overdue(new CaseId(rs.getObject("case_id", UUID.class)), task(organizationId, rs))).list();
    }

    private CaseTask task(UUID organizationId, java.sql.ResultSet rs) throws java.sql.SQLException {
        UUID id = rs.getObject("id", UUID.class);
        Timestamp done = rs.getTimestamp("done_at");
        return new CaseTask(id, CaseTask.Kind.valueOf(rs.getString("kind")),
                sealing.open(organizationId, new SealedText(rs.getBytes("title")), new AssociatedData(TABLE, "title", id)),
                rs.getDate("due_on").toLocalDate(), done == null ? null : done.toInstant(), rs.getTimestamp("created_at").toInstant());
    }

    /** Open tasks first by due date, then done ones. */
    List<CaseTask> of(UUID organizationId, CaseId caseId) {
        return jdbc.sql("""
                select * from case_tasks where case_id = :case and organization_id = :org
                order by done_at is not null, due_on, created_at""")
                .param("case", caseId.value()).param("org", organizationId)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    Timestamp done = rs.getTimestamp("done_at");
                    return new CaseTask(id, CaseTask.Kind.valueOf(rs.getString("kind")),
                            sealing.open(organizationId, new SealedText(rs.getBytes("title")), new AssociatedData(TABLE, "title", id)),
                            rs.getDate("due_on").toLocalDate(), done == null ? null : done.toInstant(),
                            rs.getTimestamp("created_at").toInstant());
                }).list();
    }

    @Configuration(proxyBeanMethods = false)
    static class SealedColumns {
        @Bean
        SealedColumn casesTaskTitle() {
            return SealedColumn.ofCase(TABLE, "title", "case_id");
        }
    }
}
