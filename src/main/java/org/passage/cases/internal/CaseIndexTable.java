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

    private final CaseFiles files;

    CaseIndexTable(CaseFiles files) {
        this.files = files;
    }

    @Override
    public List<CaseRef> ofOrganization(UUID organizationId) {
        return files.facts("c.organization_id = :org", java.util.Map.of("org", organizationId), "c.opened_at desc, c.id").stream()
                .map(f -> new CaseRef(f.id(), f.organizationId(), f.code(), f.stage(), f.openedAt(), f.assignedStaff(), false, false, null))
                .toList();
    }
}
