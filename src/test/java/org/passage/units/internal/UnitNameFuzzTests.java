package org.passage.units.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.UUID;
import org.passage.units.UnitView;

/** Any text as a unit name: parsing and ranking never fail, and scores stay in (0, 1]. */
class UnitNameFuzzTests {

    private static final List<UnitView> UNITS = List.of(
            new UnitView(UUID.randomUUID(), "64th Separate Motorized Rifle Brigade", "51460", List.of("64 ОМСБр"), null, List.of(), List.of()),
            new UnitView(UUID.randomUUID(), "234th Guards Air Assault Regiment", null, List.of("234 дшп"), null, List.of(), List.of()));

    @FuzzTest(maxDuration = "15s")
    void anyNameParsesAndRanks(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        UnitName parsed = UnitName.parse(text);
        assertThat(parsed.key()).isNotNull();
        assertThat(UnitMatcher.rank(text, UNITS, 3)).allSatisfy(m -> assertThat(m.score()).isBetween(UnitMatcher.MINIMUM, 1.0));
    }
}
