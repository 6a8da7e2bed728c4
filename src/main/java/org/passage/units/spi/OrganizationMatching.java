package org.passage.units.spi;

import java.util.List;
import java.util.Map;
import org.passage.watchlists.ListedEntity;

/**
 * Organization matching of the screening engine, for units: each query (an id and all the names of one unit, in
 * every script) against listed organizations, answered with the organizations that score at or above the screening
 * threshold, best first.
 */
public interface OrganizationMatching {

    /** A listed organization's id and its score in [0, 1]. */
    record Scored(String id, double score) {
    }

    Map<String, List<Scored>> match(Map<String, List<String>> queries, List<ListedEntity> organizations, int limit);
}
