package org.passage.screening.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.passage.screening.Screening;
import org.passage.units.spi.OrganizationMatching;
import org.passage.watchlists.ListedEntity;
import org.springframework.stereotype.Component;

/**
 * The engine's organization matching lent to the unit knowledge base: the listed organizations go into an index of
 * their own and each unit is screened under all its names, as a company would be.
 */
@Component
class UnitOrganizationMatching implements OrganizationMatching {

    @Override
    public Map<String, List<Scored>> match(Map<String, List<String>> queries, List<ListedEntity> organizations, int limit) {
        Map<String, List<Scored>> out = new LinkedHashMap<>();
        if (organizations.isEmpty()) {
            return out;
        }
        try (ScreeningEngine engine = new ScreeningEngine(organizations)) {
            queries.forEach((id, names) -> {
                if (names.isEmpty()) {
                    return;
                }
                var query = new ListedEntity(id, "Organization", names.getFirst(), Map.of("name", names), "");
                List<Scored> found = engine.screen(query, limit).stream().filter(r -> r.scored().score() >= Screening.DEFAULT_THRESHOLD)
                        .map(r -> new Scored(r.id(), r.scored().score())).toList();
                if (!found.isEmpty()) {
                    out.put(id, found);
                }
            });
        }
        return out;
    }
}
