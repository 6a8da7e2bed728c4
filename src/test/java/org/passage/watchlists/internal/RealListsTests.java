package org.passage.watchlists.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.passage.watchlists.ImportFormat;
import org.passage.watchlists.ListedEntity;

/**
 * The importers on the real lists of the shared data folder (../shared/data, or -Dpassage.shared-data=DIR):
 * every record read, counts as the sources state them. Skipped when the folder is absent; the committed
 * fixtures cover the same code in {@link ImportersTests}.
 */
class RealListsTests {

    private static Path data() {
        String configured = System.getProperty("passage.shared-data");
        // the main checkout sits beside shared/, worktrees one level deeper
        for (String candidate : configured != null ? List.of(configured) : List.of("../shared/data", "../../shared/data")) {
            if (Files.isDirectory(Path.of(candidate, "ofac-sdn"))) {
                return Path.of(candidate);
            }
        }
        assumeTrue(false, "no shared data folder (../shared/data); give -Dpassage.shared-data=DIR");
        throw new IllegalStateException();
    }

    private static List<ListedEntity> read(ImportFormat format, Path path, long[] skipped) {
        List<ListedEntity> entities = new ArrayList<>();
        var source = SourceFiles.of(format, path, null, "real").source();
        source.read(s -> entities.add(EntityRules.check(s)));
        skipped[0] = source.skipped();
        return entities;
    }

    @Test
    void ofacSdnInAllItsForms() {
        Path ofac = data().resolve("ofac-sdn");
        long[] skipped = {0};
        assertThat(read(ImportFormat.OFAC_JSON, ofac.resolve("2026-08-20_json/ofac-sdn.json"), skipped)).hasSize(19_249);
        var legacy = read(ImportFormat.OFAC_CSV, ofac.resolve("2024-05-03_legacy"), skipped);
        assertThat(legacy).hasSize(14_965);
        // SOURCES.md counts 4,440 rows mentioning RUSSIA-EO14024; one of them is under BPI-RUSSIA-EO14024 only
        assertThat(legacy.stream().filter(e -> e.values("programId").contains("RUSSIA-EO14024"))).hasSize(4_439);
        assertThat(legacy).anySatisfy(e -> assertThat(e.values("innCode")).isNotEmpty());
        var full = read(ImportFormat.OFAC_CSV, ofac.resolve("2021-07-07_legacy"), skipped);
        assertThat(full).hasSize(8_976);
        assertThat(skipped[0]).isZero();
        assertThat(full.stream().mapToLong(e -> e.values("alias").size() + e.values("previousName").size()).sum()).isGreaterThanOrEqualTo(11_910);
        assertThat(read(ImportFormat.OFAC_CSV, ofac.resolve("consolidated-non-sdn_2025-12-19_legacy"), skipped)).hasSize(442);
    }

    @Test
    void unUkAndEuLists() {
        long[] skipped = {0};
        var un = read(ImportFormat.UN_XML, data().resolve("un-sc-consolidated/UN_consolidated_2026-02-27.xml"), skipped);
        assertThat(un).hasSize(1_003);
        assertThat(un.stream().filter(ListedEntity::isPerson)).hasSize(730);
        assertThat(read(ImportFormat.UK_CSV, data().resolve("uk-sanctions/fcdo-2025-08-11/FCDO_SL_Mon_Aug_11_2025.csv"), skipped)).hasSize(5_300);
        assertThat(skipped[0]).isEqualTo(2);
        assertThat(read(ImportFormat.UK_CSV, data().resolve("uk-sanctions/fcdo-transformed-2026-04"), skipped)).hasSize(6_046);
        var eu = read(ImportFormat.EU_CSV, data().resolve("eu-sanctions-oj"), skipped);
        assertThat(eu).hasSize(8_434);
        assertThat(eu.stream().map(ListedEntity::id).distinct()).hasSize(8_434);
    }

    @Test
    void openSanctionsEntities() {
        long[] skipped = {0};
        var zala = read(ImportFormat.FTM, data().resolve("opensanctions-ftm/yente-fixtures/zala/entities.ftm.json"), skipped);
        assertThat(zala).hasSize(17);
        assertThat(skipped[0]).isEqualTo(74);
        assertThat(zala).anySatisfy(e -> assertThat(e.values("fatherName")).isNotEmpty());
    }
}
