package org.passage.geo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.passage.geo.Gazetteer;
import org.passage.geo.GeoFixtures;
import org.passage.geo.GeoStatus;
import org.passage.geo.PlaceQuery;
import org.passage.geo.Territory;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The Spring wiring hands out the API types, loaded from {@code passage.geo.data} on first use. */
class GeoConfigurationTests {

    private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(GeoConfiguration.class);

    @Test
    void servesTheTerritoryAndGazetteerFromTheConfiguredFolder() {
        context.withPropertyValues("passage.geo.data=" + GeoFixtures.fixtureData()).run(app -> {
            Territory territory = app.getBean(Territory.class);
            assertThat(territory.statusAt(GeoFixtures.BUCHA, LocalDate.of(2022, 3, 15))).isEqualTo(GeoStatus.OCCUPIED_UKRAINE);
            assertThat(app.getBean(Gazetteer.class).resolve(PlaceQuery.of("Буча")).place().name()).isEqualTo("Bucha");
        });
    }

    @Test
    @org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
    void warnsOfAMissingFolderExceptInTheDemoWhoseConsoleSaysWhatItLacks(org.springframework.boot.test.system.CapturedOutput output) {
        context.withPropertyValues("passage.geo.data=/nonexistent/demo-geo", "passage.demo=true")
                .run(app -> app.getBean(Territory.class).sources());
        assertThat(output.getAll()).doesNotContain("/nonexistent/demo-geo");
        context.withPropertyValues("passage.geo.data=/nonexistent/served-geo").run(app -> app.getBean(Territory.class).sources());
        assertThat(output.getAll()).contains("WARN").contains("Geo data folder /nonexistent/served-geo not found");
    }

    @Test
    void fallsBackToTheBundledBordersWithoutAFolder() {
        context.withPropertyValues("passage.geo.data=/nonexistent/geo").run(app -> {
            Territory territory = app.getBean(Territory.class);
            assertThat(territory.statusAt(GeoFixtures.MINSK, LocalDate.of(2023, 1, 1))).isEqualTo(GeoStatus.BELARUS);
            assertThat(territory.sources()).hasSize(3).anyMatch(s -> s.contains("NO series loaded"))
                    .anyMatch(s -> s.contains("68/262"));
        });
    }
}
