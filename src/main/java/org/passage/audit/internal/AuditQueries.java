package org.passage.audit.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads one organization's audit events for the auditors' page, newest first, a page at a time (public for the template). */
@Repository
class AuditQueries {

    static final int PAGE_SIZE = 50;

    /** One line of the page. */
    public record Line(long sequence, Instant occurredAt, String actor, @Nullable String session, String action, String recordType,
                @Nullable String recordId, String outcome, String detail) {

        private static final java.time.format.DateTimeFormatter UTC =
                java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

        public String when() {
            return UTC.format(occurredAt);
        }
    }

    public record Page(List<Line> lines, int number, boolean hasNext) {
    }

    private final JdbcClient jdbc;

    AuditQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page page(UUID organization, AuditFilter filter) {
        StringBuilder sql = new StringBuilder("select sequence, occurred_at, actor, session_hash, action, record_type, record_id, outcome, detail "
                + "from audit_event where organization_id = ?");
        List<Object> params = new ArrayList<>(List.of(organization));
        if (filter.action() != null) {
            sql.append(" and action = ?");
            params.add(filter.action());
        }
        if (filter.recordType() != null) {
            sql.append(" and record_type = ?");
            params.add(filter.recordType());
        }
        if (filter.recordId() != null) {
            sql.append(" and record_id = ?");
            params.add(filter.recordId());
        }
        if (filter.actor() != null) {
            sql.append(" and actor = ?");
            params.add(filter.actor());
        }
        if (filter.from() != null) {
            sql.append(" and occurred_at >= ?");
            params.add(Timestamp.from(filter.from().atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        if (filter.to() != null) {
            sql.append(" and occurred_at < ?");
            params.add(Timestamp.from(filter.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        sql.append(" order by sequence desc limit ? offset ?");
        params.add(PAGE_SIZE + 1);
        params.add((long) filter.page() * PAGE_SIZE);
        List<Line> lines = jdbc.sql(sql.toString()).params(params)
                .query((rs, n) -> new Line(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), shortSession(rs.getString(4)),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)))
                .list();
        boolean hasNext = lines.size() > PAGE_SIZE;
        return new Page(hasNext ? lines.subList(0, PAGE_SIZE) : lines, filter.page(), hasNext);
    }

    /** Enough of the session hash to tell sessions apart on screen. */
    private static @Nullable String shortSession(@Nullable String hash) {
        return hash == null ? null : hash.substring(0, Math.min(12, hash.length()));
    }
}
