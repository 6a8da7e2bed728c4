package org.passage.audit.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.audit.AuditNames;
import org.springframework.stereotype.Component;

/**
 * What an auditor reads of the trail: events with people and cases named through the features' {@link AuditNames},
 * case codes in filters turned back into ids, the events of one act folded ({@link AuditActs}).
 */
@Component
class AuditReading {

    /** At most this many events in one CSV export; a longer period is exported in parts. */
    static final int EXPORT_LIMIT = 100_000;

    private final AuditQueries queries;
    private final Map<String, AuditNames> names = new HashMap<>();

    AuditReading(AuditQueries queries, List<AuditNames> names) {
        this.queries = queries;
        names.forEach(n -> this.names.put(n.recordType(), n));
    }

    AuditActs.Page page(UUID organization, AuditFilter filter) {
        var page = queries.page(organization, filter, recordId(organization, filter));
        return new AuditActs.Page(AuditActs.of(named(organization, page.lines())), page.number(), page.hasNext());
    }

    List<AuditActs.Named> export(UUID organization, AuditFilter filter) {
        return named(organization, queries.all(organization, filter, recordId(organization, filter), EXPORT_LIMIT));
    }

    /** The people there are to choose from, id to name. */
    Map<String, String> people(UUID organization) {
        return Optional.ofNullable(names.get(AuditNames.STAFF)).map(n -> n.choices(organization)).orElse(Map.of());
    }

    List<String> families(UUID organization) {
        return queries.families(organization);
    }

    private @Nullable String recordId(UUID organization, AuditFilter filter) {
        if (filter.caseCode() == null) {
            return filter.recordId();
        }
        AuditNames cases = names.get(AuditNames.CASE);
        return cases == null ? null : cases.idOf(organization, filter.caseCode()).orElse(null);
    }

    private List<AuditActs.Named> named(UUID organization, List<AuditQueries.Line> lines) {
        Map<String, Set<String>> ids = new HashMap<>();
        for (var line : lines) {
            ids.computeIfAbsent(AuditNames.STAFF, k -> new HashSet<>()).add(line.actor());
            if (line.recordId() != null) {
                ids.computeIfAbsent(line.recordType(), k -> new HashSet<>()).add(line.recordId());
            }
        }
        Map<String, Map<String, String>> known = new HashMap<>();
        ids.forEach((type, set) -> {
            AuditNames naming = names.get(type);
            if (naming != null) {
                known.put(type, naming.names(organization, set));
            }
        });
        return lines.stream().map(line -> new AuditActs.Named(line,
                known.getOrDefault(AuditNames.STAFF, Map.of()).getOrDefault(line.actor(), line.actor()),
                line.recordId() == null ? null : known.getOrDefault(line.recordType(), Map.of()).get(line.recordId()))).toList();
    }
}
