package org.passage.cases.internal;

import java.util.List;
import java.util.UUID;
import org.passage.cases.CaseId;
import org.passage.cases.CaseIndex;
import org.passage.cases.CaseRef;
import org.passage.cases.Stage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link CaseIndex} straight from the cases table: nothing sealed is read. */
@Component
class CaseIndexTable implements CaseIndex {

    private final JdbcClient jdbc;

    CaseIndexTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CaseRef> ofOrganization(UUID organizationId) {
        return jdbc.sql("select id, stage, opened_at from cases where organization_id = :org order by opened_at desc, id")
                .param("org", organizationId)
                .query((rs, n) -> new CaseRef(new CaseId(rs.getObject(1, UUID.class)), organizationId,
                        Stage.valueOf(rs.getString(2)), rs.getTimestamp(3).toInstant(), false, false))
                .list();
    }
}
