package org.passage.units.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Labels from the mappers' files: which name a unit and which are refused, and why. */
class UnitLabelsTests {

    private final Predicate<String> named = Set.of("вагнера", "шторм z", "somalia battalion", "барс")::contains;

    @Test
    void installationsPlaceholdersAndWordsAreNotUnits() {
        assertThat(UnitLabels.junk("Авіабаза Таганрог-центр (Поз. КВАРТЕТ)", named)).contains("installation");
        assertThat(UnitLabels.junk("Вертолітна база (Існувала з травня по вересень 2022)", named)).contains("installation");
        assertThat(UnitLabels.junk("Мурашник \"Вагнера\"", named)).contains("installation");
        assertThat(UnitLabels.junk("U/I VDV Unit", named)).contains("placeholder");
        assertThat(UnitLabels.junk("U/I Wagner Element", named)).contains("placeholder");
        assertThat(UnitLabels.junk("Добровольці", named)).contains("no ordinal");
        assertThat(UnitLabels.junk("??", named)).contains("too short");
    }

    @Test
    void numberedUnitsTypedUnitsAndKnownNamedFormationsAreUnits() {
        assertThat(UnitLabels.junk("64-та окрема мотострілецька бригада", named)).isNull();
        assertThat(UnitLabels.junk("Полк «Башкортостан»", named)).isNull(); // a regiment by its type word
        assertThat(UnitLabels.junk("БАРС-13", named)).isNull();
        assertThat(UnitLabels.junk("БАРС \"Херсон\"", named)).isNull(); // a detachment of a known named formation
        assertThat(UnitLabels.junk("ПВК \"Вагнера\"", named)).isNull();
        assertThat(UnitLabels.junk("шойгісти \"шторм-z\"", named)).isNull();
        assertThat(UnitLabels.junk("Somalia Battalion", named)).isNull();
    }

    @Test
    void aLabelNamesItsParentAndTheNamesItQuotes() {
        assertThat(UnitName.parentOf("137-й парашутно-десантний полк (в/ч 41450) зі складу 106-ї ПДД").key()).isEqualTo("106|DIVISION|AIRBORNE");
        assertThat(UnitName.parentOf("103rd Motorized Rifle Regiment (from the composition of 150 MRD)").key()).isEqualTo("150|DIVISION|MOTOR_RIFLE");
        assertThat(UnitName.parentOf("104th Airborne Assault Regiment from the 76th Division").key()).isEqualTo("76|DIVISION|NONE");
        assertThat(UnitName.parentOf("64th Separate Motorized Rifle Brigade")).isNull();
        assertThat(UnitName.parentOf("121st Regiment of the Mobilization Reserve of the DPR")).isNull();
        assertThat(UnitName.quotedNames("Окремий штурмовий батальйон «П'ятнашка»")).containsExactly("п'ятнашка");
        assertThat(UnitName.quotedNames("Підрозділ росгвардії «Ахмат-Південь»")).containsExactly("ахмат південь");
    }
}
