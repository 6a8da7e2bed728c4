package org.passage.cases.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.passage.audit.AuditNames;
import org.passage.cases.CaseId;
import org.passage.cases.Cases;
import org.springframework.stereotype.Component;

/** Names the cases of the audit trail by their codes, through the system lookup of {@link Cases} that reveals nothing else. */
@Component
class CaseCodesForAudit implements AuditNames {

    private final Cases cases;

    CaseCodesForAudit(Cases cases) {
        this.cases = cases;
    }

    @Override
    public String recordType() {
        return CASE;
    }

    @Override
    public Map<String, String> names(UUID organizationId, Collection<String> ids) {
        var caseIds = ids.stream().map(CaseCodesForAudit::caseId).flatMap(Optional::stream).toList();
        var names = new HashMap<String, String>();
        cases.codes(organizationId, caseIds).forEach((id, code) -> names.put(id.toString(), code));
        return names;
    }

    @Override
    public Optional<String> idOf(UUID organizationId, String name) {
        return cases.idOfCode(organizationId, name).map(CaseId::toString);
    }

    private static Optional<CaseId> caseId(String id) {
        try {
            return Optional.of(new CaseId(UUID.fromString(id)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
