package org.passage.datasets;

import java.util.Collection;
import java.util.List;

/**
 * The state of every catalogued dataset, for the admin page, the banners of the pages whose answers rest on a
 * dataset, and the demo's console.
 */
public interface DatasetStates {

    /** Every dataset of the catalogue, in catalogue order. */
    List<DatasetState> all();

    /** The named datasets that are missing or stale, in catalogue order. */
    default List<DatasetState> wanting(Collection<String> names) {
        return all().stream().filter(s -> names.contains(s.dataset().name()) && s.wanting()).toList();
    }

    /** The two commands a newcomer needs: one for a data folder, one for the publishers. */
    String FROM_FOLDER = "./passage data update --from DIR";
    String FROM_PUBLISHERS = "./passage data update";
}
