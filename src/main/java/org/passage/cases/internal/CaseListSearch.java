package org.passage.cases.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.cases.CaseId;
import org.passage.cases.CaseRef;
import org.springframework.stereotype.Service;

/**
 * The case list's search and order over the tickets the reader holds: the index is asked only about those cases, so
 * a search can never find a case he may not see, nor another organization's. A search is audited by how many it
 * found, never by what was searched for (that is personal data too).
 */
@Service
class CaseListSearch {

    private final CaseSearch index;
    private final AuditTrail audit;

    CaseListSearch(CaseSearch index, AuditTrail audit) {
        this.index = index;
        this.audit = audit;
    }

    List<CaseRef> matching(Reader reader, List<CaseRef> tickets, String query, Map<CaseId, String> countries) {
        List<CaseRef> own = tickets.stream().filter(t -> t.isHeldBy(reader.staffId()) && t.organizationId().equals(reader.organizationId()))
                .toList();
        Set<CaseId> found = index.matching(reader.organizationId(), own.stream().map(CaseRef::id).toList(), query, countries);
        audit.record(new AuditEvent("case.search", "case", null, reader.organizationId(), AuditEvent.Outcome.SUCCESS,
                found.size() + " of " + own.size() + " cases found"));
        return own.stream().filter(t -> found.contains(t.id())).toList();
    }

    List<CaseRef> sorted(Reader reader, List<CaseRef> tickets, CaseListFilter.Order order) {
        Comparator<CaseRef> newest = Comparator.comparing(CaseRef::openedAt).reversed().thenComparing(CaseRef::code);
        return switch (order) {
            case NEWEST -> tickets.stream().sorted(newest).toList();
            case OLDEST -> tickets.stream().sorted(newest.reversed()).toList();
            case CODE -> tickets.stream().sorted(Comparator.comparing(CaseRef::code)).toList();
            case STAGE -> tickets.stream().sorted(Comparator.comparing(CaseRef::stage).thenComparing(newest)).toList();
            case NAME -> {
                Map<CaseId, String> names = index.names(reader.organizationId(), tickets.stream().map(CaseRef::id).toList());
                var collator = java.text.Collator.getInstance(org.springframework.context.i18n.LocaleContextHolder.getLocale());
                yield tickets.stream().sorted(Comparator.comparing((CaseRef t) -> names.getOrDefault(t.id(), ""), collator)
                        .thenComparing(CaseRef::code)).toList();
            }
        };
    }
}
