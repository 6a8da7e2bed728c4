package org.passage.geo.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.passage.geo.Gazetteer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * Wires the Spring-free engine into the application. Data comes from {@code passage.geo.data} if set, else from
 * the versions {@code passage data update} made live, never from a folder Passage did not record; without them only
 * the bundled borders answer and occupation is reported unchecked. Both beans load on first use, so that starting
 * the application or a test context costs nothing.
 */
@Configuration(proxyBeanMethods = false)
class GeoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(GeoConfiguration.class);

    @Bean
    @Lazy
    ReloadableTerritory territory(@Value("${passage.geo.data:}") String dataDir, @Value(STORE) String store,
                                  @Value("${passage.geo.max-age-days:30}") int maxAgeDays, @Value(DEMO) boolean demo) {
        // a String, not a Path: in a servlet context Spring converts "../x" through the servlet resource loader and fails
        return new ReloadableTerritory(() -> GeoLoader.territory(existing(root(dataDir, store), demo), Clock.systemUTC(),
                java.time.Period.ofDays(maxAgeDays)));
    }

    @Bean
    @Lazy
    Gazetteer gazetteer(@Value("${passage.geo.data:}") String dataDir, @Value(STORE) String store, @Value(DEMO) boolean demo) {
        return GeoLoader.gazetteer(existing(root(dataDir, store), demo));
    }

    static final String STORE = "${passage.datasets.store:${passage.data-dir:data}/datasets}";
    /** {@code passage demo}: its console already names each dataset it lacks and the command that loads it. */
    static final String DEMO = "${passage.demo:false}";

    /** The configured folder, else the live datasets (until the series is loaded there, occupation is "not checked"). */
    static Path root(String configured, String store) {
        return configured.isBlank() ? Path.of(store, "live") : Path.of(configured);
    }

    private static @Nullable Path existing(Path dataDir, boolean demo) {
        if (Files.isDirectory(dataDir)) {
            return dataDir;
        }
        // the demo says what it lacks in its own words; a WARN line stood among them, saying it again in the log's
        String missing = "Geo data folder {} not found: only the bundled borders are used, occupation after 2022-02-24 is not checked";
        if (demo) {
            log.debug(missing, dataDir.toAbsolutePath().normalize());
        } else {
            log.warn(missing, dataDir.toAbsolutePath().normalize());
        }
        return null;
    }
}
