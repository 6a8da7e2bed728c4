package org.passage.cases.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
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
                insert into case_tasks (id, case_id, organization_id, kind, title, due_on, created_at, created_by, assignee)
                values (:id, :case, :org, :kind, :title, :due, :at, :by, :assignee)""")
                .param("id", task.id()).param("case", caseId.value()).param("org", organizationId)
                .param("kind", task.kind().name())
                .param("title", seal(organizationId, caseId, task)).param("due", Date.valueOf(task.dueOn()))
                .param("at", Timestamp.from(task.createdAt())).param("by", by).param("assignee", task.assignee())
                .update();
    }

    /** Writes the kind, title, due day and assignee of a task of this case (its earlier values are kept by {@link CaseRevisions}). */
    void change(UUID organizationId, CaseId caseId, CaseTask task) {
        jdbc.sql("""
                update case_tasks set kind = :kind, title = :title, due_on = :due, assignee = :assignee
                where id = :id and case_id = :case and organization_id = :org""")
                .param("kind", task.kind().name()).param("title", seal(organizationId, caseId, task)).param("due", Date.valueOf(task.dueOn()))
                .param("assignee", task.assignee()).param("id", task.id()).param("case", caseId.value()).param("org", organizationId)
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

    /** An open task with its case. */
    record Open(CaseId caseId, CaseTask task) {
    }

    /** Open tasks of {@code caseIds} due before {@code today}, the oldest first. */
    List<Open> overdue(UUID organizationId, Collection<CaseId> caseIds, LocalDate today) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select * from case_tasks where organization_id = :org and case_id = any(:cases) and done_at is null and due_on < :today
                order by due_on, created_at""")
                .param("org", organizationId).param("cases", ids(caseIds)).param("today", Date.valueOf(today))
                .query((rs, n) -> new Open(new CaseId(rs.getObject("case_id", UUID.class)), task(organizationId, rs))).list();
    }

    /**
     * A staff member's open tasks among {@code caseIds} (the cases he may see): those assigned to him, and those
     * assigned to nobody on {@code hisCases}; earliest due first (so what is overdue comes first).
     */
    List<Open> mine(UUID organizationId, UUID staffId, Collection<CaseId> caseIds, Collection<CaseId> hisCases) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select * from case_tasks where organization_id = :org and case_id = any(:cases) and done_at is null
                  and (assignee = :me or (assignee is null and case_id = any(:his)))
                order by due_on, created_at""")
                .param("org", organizationId).param("cases", ids(caseIds)).param("me", staffId).param("his", ids(hisCases))
                .query((rs, n) -> new Open(new CaseId(rs.getObject("case_id", UUID.class)), task(organizationId, rs))).list();
    }

    /** Open tasks first by due date, then done ones. */
    List<CaseTask> of(UUID organizationId, CaseId caseId) {
        return jdbc.sql("""
                select * from case_tasks where case_id = :case and organization_id = :org
                order by done_at is not null, due_on, created_at""")
                .param("case", caseId.value()).param("org", organizationId)
                .query((rs, n) -> task(organizationId, rs)).list();
    }

    Optional<CaseTask> find(UUID organizationId, CaseId caseId, UUID taskId) {
        return jdbc.sql("select * from case_tasks where id = :id and case_id = :case and organization_id = :org")
                .param("id", taskId).param("case", caseId.value()).param("org", organizationId)
                .query((rs, n) -> task(organizationId, rs)).optional();
    }

    /** Under the case's own key, which erasing the case destroys. */
    private byte[] seal(UUID organizationId, CaseId caseId, CaseTask task) {
        return sealing.seal(organizationId, task.title(), AssociatedData.ofCase(caseId.value(), TABLE, "title", task.id())).ciphertext();
    }

    private CaseTask task(UUID organizationId, ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        Timestamp done = rs.getTimestamp("done_at");
        return new CaseTask(id, CaseTask.Kind.valueOf(rs.getString("kind")),
                sealing.open(organizationId, new SealedText(rs.getBytes("title")), new AssociatedData(TABLE, "title", id)),
                rs.getDate("due_on").toLocalDate(), done == null ? null : done.toInstant(), rs.getTimestamp("created_at").toInstant(),
                rs.getObject("assignee", UUID.class));
    }

    private static UUID[] ids(Collection<CaseId> caseIds) {
        return caseIds.stream().map(CaseId::value).toArray(UUID[]::new);
    }

    @Configuration(proxyBeanMethods = false)
    static class SealedColumns {
        @Bean
        SealedColumn casesTaskTitle() {
            return SealedColumn.ofCase(TABLE, "title", "case_id");
        }
    }
}
