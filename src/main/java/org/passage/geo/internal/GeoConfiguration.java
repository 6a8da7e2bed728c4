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
 * Wires the Spring-free engine into the application. Data comes from {@code passage.geo.data} (default
 * {@code ../shared/data}); without it only the bundled borders answer. Both beans load on first use, so that
 * starting the application or a test context costs nothing.
 */
@Configuration(proxyBeanMethods = false)
class GeoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(GeoConfiguration.class);

    @Bean
    @Lazy
    ReloadableTerritory territory(@Value("${passage.geo.data:../shared/data}") String dataDir,
                                  @Value("${passage.geo.max-age-days:30}") int maxAgeDays) {
        // a String, not a Path: in a servlet context Spring converts "../x" through the servlet resource loader and fails
        return new ReloadableTerritory(() -> GeoLoader.territory(existing(Path.of(dataDir)), Clock.systemUTC(),
                java.time.Period.ofDays(maxAgeDays)));
    }

    @Bean
    @Lazy
    Gazetteer gazetteer(@Value("${passage.geo.data:../shared/data}") String dataDir) {
        return GeoLoader.gazetteer(existing(Path.of(dataDir)));
    }

    private static @Nullable Path existing(Path dataDir) {
        if (Files.isDirectory(dataDir)) {
            return dataDir;
        }
        log.warn("Geo data folder {} not found: only the bundled borders are used, occupation after 2022-02-24 is not checked",
                dataDir.toAbsolutePath().normalize());
        return null;
    }
}
