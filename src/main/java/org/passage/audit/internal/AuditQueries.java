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
        return page(organization, filter, filter.recordId());
    }

    /**
     * One page; {@code recordId} is the filter's record id or the id its case code stands for (null for neither).
     * A case code that names no case of the organization finds nothing rather than everything.
     */
    Page page(UUID organization, AuditFilter filter, @Nullable String recordId) {
        if (filter.caseCode() != null && recordId == null) {
            return new Page(List.of(), filter.page(), false);
        }
        List<Object> params = new ArrayList<>();
        String where = where(organization, filter, recordId, params);
        params.add(PAGE_SIZE + 1);
        params.add((long) filter.page() * PAGE_SIZE);
        List<Line> lines = query(where + " order by sequence desc limit ? offset ?", params);
        boolean hasNext = lines.size() > PAGE_SIZE;
        return new Page(hasNext ? lines.subList(0, PAGE_SIZE) : lines, filter.page(), hasNext);
    }

    /** Every matching event, oldest first, at most {@code limit}, for the CSV export. */
    List<Line> all(UUID organization, AuditFilter filter, @Nullable String recordId, int limit) {
        if (filter.caseCode() != null && recordId == null) {
            return List.of();
        }
        List<Object> params = new ArrayList<>();
        String where = where(organization, filter, recordId, params);
        params.add(limit);
        return query(where + " order by sequence limit ?", params);
    }

    /**
     * The action families (first words of the actions) the organization's trail holds, for the filter. A word ends at a
     * dot or a space: some readers name their purpose in words ("demo check-ins", "journey statistics").
     */
    List<String> families(UUID organization) {
        return jdbc.sql("select distinct split_part(split_part(action, '.', 1), ' ', 1) as family from audit_event where organization_id = ? order by family")
                .param(organization).query(String.class).list();
    }

    private List<Line> query(String sql, List<Object> params) {
        return jdbc.sql("select sequence, occurred_at, actor, session_hash, action, record_type, record_id, outcome, detail "
                        + "from audit_event " + sql).params(params)
                .query((rs, n) -> new Line(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), shortSession(rs.getString(4)),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)))
                .list();
    }

    private static String where(UUID organization, AuditFilter filter, @Nullable String recordId, List<Object> params) {
        StringBuilder sql = new StringBuilder("where organization_id = ?");
        params.add(organization);
        if (filter.action() != null) {
            sql.append(" and action = ?");
            params.add(filter.action());
        }
        if (filter.family() != null) {
            sql.append(" and (action = ? or action like ? or action like ?)");
            params.add(filter.family());
            params.add(filter.family().replace("_", "\\_") + ".%");
            params.add(filter.family().replace("_", "\\_") + " %");
        }
        if (filter.caseCode() != null) {
            sql.append(" and record_type = 'case'");
        }
        if (filter.recordType() != null) {
            sql.append(" and record_type = ?");
            params.add(filter.recordType());
        }
        if (recordId != null) {
            sql.append(" and record_id = ?");
            params.add(recordId);
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
        return sql.toString();
    }

    /** Enough of the session hash to tell sessions apart on screen. */
    private static @Nullable String shortSession(@Nullable String hash) {
        return hash == null ? null : hash.substring(0, Math.min(12, hash.length()));
    }
}
