package org.passage.datasets.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.passage.datasets.Dataset;
import org.passage.datasets.DatasetState;
import org.passage.datasets.DatasetStates;
import org.passage.datasets.DatasetVersion;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** The catalogue joined with what {@code dataset_versions} holds; stale means older than {@code passage.datasets.max-age}. */
@Service
class CatalogueStates implements DatasetStates {

    private final VersionLog versions;
    private final Duration maxAge;
    private final Clock clock;

    @Autowired
    CatalogueStates(VersionLog versions, @Value("${passage.datasets.max-age:P30D}") Duration maxAge) {
        this(versions, maxAge, Clock.systemUTC());
    }

    CatalogueStates(VersionLog versions, Duration maxAge, Clock clock) {
        this.versions = versions;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    @Override
    public List<DatasetState> all() {
        Map<String, DatasetVersion> live = new HashMap<>();
        Map<String, DatasetVersion> failed = new HashMap<>();
        for (DatasetVersion v : versions.liveAndLatestFailures()) {
            (v.status() == DatasetVersion.Status.LIVE ? live : failed).put(v.dataset(), v);
        }
        List<DatasetState> states = new ArrayList<>();
        for (Dataset dataset : Catalogue.ALL) {
            DatasetVersion current = live.get(dataset.name());
            DatasetVersion failure = failed.get(dataset.name());
            if (failure != null && current != null && failure.retrievedAt().isBefore(current.retrievedAt())) {
                failure = null; // a later version loaded fine
            }
            boolean stale = current != null && current.retrievedAt().plus(maxAge).isBefore(clock.instant());
            states.add(new DatasetState(dataset, current, failure, stale));
        }
        return states;
    }
}
