package org.passage.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.passage.geo.Coordinates;

/**
 * Issue 12 in the signed dossier: a service period whose territory could not be checked reads "not checked — no
 * occupation data for these dates" in both languages, never "not occupied", and the map says so.
 */
class DossierFailClosedTests {

    private final DossierRenderer renderer = new DossierRenderer();

    @Test
    void theTerritoryColumnSaysNotCheckedInFrenchAndEnglish() {
        String fr = renderer.xhtml(Redaction.apply(RedactionProfile.AUTHORITY, unchecked(DossierLanguage.FR)));
        assertThat(fr).contains("Non vérifié — aucune donnée d’occupation pour ces dates").doesNotContain("non occupée");
        String en = renderer.xhtml(Redaction.apply(RedactionProfile.AUTHORITY, unchecked(DossierLanguage.EN)));
        assertThat(en).contains("Not checked — no occupation data for these dates").doesNotContain("not occupied");
    }

    @Test
    void theMapOfAnUncheckedDaySaysSo() {
        String layers = DossierFixtures.MAP.replace("{\"type\":\"FeatureCollection\",",
                "{\"type\":\"FeatureCollection\",\"unchecked\":\"occupation not checked on 2022-03-15\",");
        String svg = ServiceMap.svg(layers, List.of(new ServiceMap.Pin(1, new Coordinates(50.5436, 30.2120))));
        assertThat(svg).contains("Occupation NOT checked on this date");
        assertThat(ServiceMap.svg(DossierFixtures.MAP, List.of())).doesNotContain("NOT checked");
    }

    private static Dossier unchecked(DossierLanguage language) {
        Dossier typical = DossierFixtures.typical(RedactionProfile.AUTHORITY, language);
        var service = List.of(new Dossier.Service(1, "в/ч 12345", "driver, private", "Bucha", new Coordinates(50.5436, 30.2120),
                "2022-03-15", "2022-03-15", "STATEMENT", "his statement", false, "unchecked"));
        return new Dossier(typical.cover(), typical.identity(), typical.stages(), typical.stays(), service, typical.mapSvg(),
                typical.mapDate(), typical.findings(), typical.decision());
    }
}
