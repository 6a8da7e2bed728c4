package org.passage.geo.internal;

import org.passage.datasets.DatasetVersionLoaded;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When {@code passage data update} made a new occupied-territory or boundary version live, and geo answers from
 * the live datasets, geo reloads: the new version answers from then on, or the old one stays if it cannot load.
 */
@Component
class SeriesReload {

    private final ObjectProvider<ReloadableTerritory> territory;
    private final boolean fromLiveDatasets;

    SeriesReload(ObjectProvider<ReloadableTerritory> territory, @Value("${passage.geo.data:}") String dataDir) {
        this.territory = territory;
        // the loader looks for the live datasets again on every reload, so the first update is picked up too
        this.fromLiveDatasets = dataDir.isBlank();
    }

    @EventListener
    void on(DatasetVersionLoaded loaded) {
        boolean geoFolder = loaded.folder().startsWith("occupied-territory") || loaded.folder().startsWith("boundaries");
        ReloadableTerritory current = territory.getIfAvailable();
        if (geoFolder && fromLiveDatasets && current != null && current.isLoaded()) {
            current.reload();
        }
    }
}
