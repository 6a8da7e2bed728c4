package org.passage.retention.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.passage.cases.CaseId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code case_erasure_request} table: the person asked for his case to be erased; a second staff member must confirm. */
@Repository
class ErasureRequests {

    record Request(Instant requestedAt, UUID requestedBy) {
    }

    private final JdbcClient jdbc;

    ErasureRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Request> find(UUID organizationId, CaseId id) {
        return jdbc.sql("select requested_at, requested_by from case_erasure_request where case_id = ? and organization_id = ?")
                .params(id.value(), organizationId)
                .query((rs, n) -> new Request(rs.getTimestamp(1).toInstant(), rs.getObject(2, UUID.class))).optional();
    }

    /** Locks the request for the rest of the transaction, so that two confirmations cannot both erase. */
    Optional<Request> lock(UUID organizationId, CaseId id) {
        return jdbc.sql("select requested_at, requested_by from case_erasure_request where case_id = ? and organization_id = ? for update")
                .params(id.value(), organizationId)
                .query((rs, n) -> new Request(rs.getTimestamp(1).toInstant(), rs.getObject(2, UUID.class))).optional();
    }

    boolean add(UUID organizationId, CaseId id, UUID by, Instant at) {
        return jdbc.sql("insert into case_erasure_request (case_id, organization_id, requested_at, requested_by) values (?, ?, ?, ?) on conflict do nothing")
                .params(id.value(), organizationId, Timestamp.from(at), by).update() == 1;
    }

    boolean remove(UUID organizationId, CaseId id) {
        return jdbc.sql("delete from case_erasure_request where case_id = ? and organization_id = ?").params(id.value(), organizationId).update() == 1;
    }
}
