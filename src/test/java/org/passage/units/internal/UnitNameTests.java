package org.passage.units.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.passage.units.UnitMatch;
import org.passage.units.UnitView;

class UnitNameTests {

    private static final String BRIGADE_64 = "64|BRIGADE|MOTOR_RIFLE";

    @ParameterizedTest
    @ValueSource(strings = {"64 ОМСБр", "64-я отдельная мотострелковая бригада", "64 окрема мотострілецька бригада",
            "64th Separate Motor Rifle Brigade", "64th SMRB", "64th Separate Motorized Rifle Brigade",
            "64-та окрема мотострілецька бригада", "64-а окрема мотострілецька бригада", "64-й отдельной мотострелковой бригады",
            "64 омсбр", "64 ОГвМСБр", "64-я ОМСБр (в/ч 51460)"})
    void everySpellingOfThe64thGivesOneKey(String spelling) {
        assertThat(UnitName.parse(spelling).key()).isEqualTo(BRIGADE_64);
    }

    @ParameterizedTest
    @ValueSource(strings = {"в/ч 51460", "войсковая часть 51460", "В/Ч 51460", "военная служба в в/ч №51460", "51460",
            "військова частина 51460", "military unit 51460"})
    void unitNumbersAreReadInEveryForm(String spelling) {
        assertThat(UnitName.parse(spelling).number()).isEqualTo("51460");
    }

    @Test
    void deepStateLabelsWithBrokenUtf8StillParse() {
        // real labels from deepstate_unit_positions_weekly.csv, with the archive's U+FFFD characters
        assertThat(UnitName.parse("7-а гвардійська десантно-штурмова дивіз\uFFFD\uFFFDя").key()).isEqualTo("7|DIVISION|AIR_ASSAULT");
        assertThat(UnitName.parse("37-а окрема гвардійська мот\uFFFD\uFFFDстрілецька бригада").key()).isEqualTo("37|BRIGADE|MOTOR_RIFLE");
        assertThat(UnitName.parse("4-а окрема мотострілець\uFFFD\uFFFDа бригада (Луганськ)").key()).isEqualTo("4|BRIGADE|MOTOR_RIFLE|LPR");
        assertThat(UnitName.parse("3-я окрема мотострілецька бригада (Дон\uFFFD\uFFFDцьк)").key()).isEqualTo("3|BRIGADE|MOTOR_RIFLE|DPR");
        assertThat(UnitName.parse("49-\uFFFD\uFFFDа загальновійськова армія").key()).isEqualTo("49|ARMY|COMBINED_ARMS");
        assertThat(UnitName.parse("42-мотострілец\uFFFD\uFFFDка дивізія").key()).isEqualTo("42|DIVISION|MOTOR_RIFLE");
        UnitName regiment = UnitName.parse("137-й парашутно-де\uFFFD\uFFFDантний полк (в/ч 41450) зі складу 106-ї ПДД");
        assertThat(regiment.key()).isEqualTo("137|REGIMENT|AIRBORNE");
        assertThat(regiment.number()).isEqualTo("41450");
        assertThat(UnitName.parse("234-й десантно-штурмовий полк зі склад\uFFFD\uFFFD 76-ї дивізії").key()).isEqualTo("234|REGIMENT|AIR_ASSAULT");
    }

    @Test
    void spellingsThatVaryWeekToWeekAgree() {
        assertThat(UnitName.parse("234th Airborne Assault Regiment from the 76th Division").key())
                .isEqualTo(UnitName.parse("234th Guards Air Assault Regiment").key());
        assertThat(UnitName.parse("137th Guards Airborne Regiment rom the 106th Airborne Division").key())
                .isEqualTo(UnitName.parse("137-й парашутно-десантний полк").key());
        assertThat(UnitName.parse("20-а загальновійськова армія").key()).isEqualTo(UnitName.parse("20th Combined Arms Army").key());
        assertThat(UnitName.parse("1-й гвардійський танковий полк").key()).isEqualTo(UnitName.parse("1st Guards Tank Regiment").key());
        assertThat(UnitName.parse("1st Guards Tank Army").key()).isNotEqualTo(UnitName.parse("1st Guards Tank Regiment").key());
        assertThat(UnitName.parse("20 ТА").key()).isEqualTo("20|ARMY|TANK");
    }

    @Test
    void resolutionRanksTheRightUnitFirst() {
        UnitView brigade64 = unit("64th Separate Motorized Rifle Brigade", "51460", "64-та окрема мотострілецька бригада");
        UnitView brigade164 = unit("164th Motor Rifle Brigade", null, "164-та окрема мотострілецька бригада");
        UnitView regiment64 = unit("64th Motor Rifle Regiment", null);
        UnitView airAssault = unit("234th Guards Air Assault Regiment", "74268");
        List<UnitView> all = List.of(brigade164, regiment64, airAssault, brigade64);
        for (String text : List.of("64 ОМСБр", "64-я отдельная мотострелковая бригада", "64 окрема мотострілецька бригада",
                "64th Separate Motor Rifle Brigade", "64th SMRB", "в/ч 51460", "войсковая часть 51460")) {
            List<UnitMatch> matches = UnitMatcher.rank(text, all, 5);
            assertThat(matches).as(text).isNotEmpty();
            assertThat(matches.getFirst().unit()).as(text).isEqualTo(brigade64);
            assertThat(matches).as(text).extracting(UnitMatch::unit).doesNotContain(brigade164, airAssault);
        }
        assertThat(UnitMatcher.rank("в/ч 51460", all, 5).getFirst().score()).isEqualTo(1.0);
        assertThat(UnitMatcher.rank("234 дшп", all, 5)).extracting(UnitMatch::unit).containsExactly(airAssault);
        assertThat(UnitMatcher.rank("Kantemirovskaya", all, 5)).isEmpty();
        assertThat(UnitMatcher.rank("", all, 5)).isEmpty();
    }

    @Test
    void theSameOrdinalOfAnotherTypeIsOfferedOnlyWithAWarning() {
        UnitView antiAircraft = unit("53rd Anti-Aircraft Missile Brigade", "32406", "53-я зенитная ракетная бригада");
        // the MH17 brigade's ordinal, but he named a regiment
        assertThat(UnitMatcher.rank("53-й полк связи", List.of(antiAircraft), 5)).allSatisfy(m -> {
            assertThat(m.fit()).isNotEqualTo(UnitMatch.Fit.EXACT);
            assertThat(m.warning()).contains("he named a regiment");
        });
    }

    @Test
    void aCandidateOfAnotherOrUnknownTypeOrBranchIsNeverExactAndSaysWhy() {
        UnitView brigade64 = unit("64th Separate Motorized Rifle Brigade", "51460", "64-та окрема мотострілецька бригада");
        UnitView airAssault = unit("234th Guards Air Assault Regiment", "74268");
        UnitView regiment = unit("234th Regiment", null);
        List<UnitView> all = List.of(brigade64, airAssault, regiment);

        assertThat(UnitMatcher.rank("в/ч 51460", all, 5)).singleElement().satisfies(m -> {
            assertThat(m.fit()).isEqualTo(UnitMatch.Fit.EXACT);
            assertThat(m.kind()).isEqualTo("motor rifle brigade");
        });
        assertThat(UnitMatcher.rank("64 омсбр", all, 5)).singleElement().satisfies(m -> assertThat(m.fit()).isEqualTo(UnitMatch.Fit.EXACT));
        // no branch named: the air assault regiment is never exact and says so
        assertThat(UnitMatcher.rank("234 полк", all, 5)).hasSize(2).filteredOn(m -> m.unit().equals(airAssault)).singleElement()
                .satisfies(m -> {
                    assertThat(m.fit()).isEqualTo(UnitMatch.Fit.PARTIAL);
                    assertThat(m.warning()).isEqualTo("he named no branch; this one is air assault");
                });
        assertThat(UnitMatcher.rank("64 бригада", all, 5)).singleElement().satisfies(m -> assertThat(m.fit()).isEqualTo(UnitMatch.Fit.PARTIAL));
        assertThat(UnitMatcher.rank("64", all, 5)).singleElement().satisfies(m -> assertThat(m.warning()).startsWith("he named no type"));
        // a motor rifle regiment asked: the air assault regiment is ruled out, the one of unknown branch is only partial
        assertThat(UnitMatcher.rank("234 мотострелковый полк", all, 5)).singleElement().satisfies(m -> {
            assertThat(m.unit()).isEqualTo(regiment);
            assertThat(m.fit()).isEqualTo(UnitMatch.Fit.PARTIAL);
            assertThat(m.warning()).isEqualTo("its branch is not recorded: check it is motor rifle");
        });
    }

    @Test
    void aFormationOfTheDprOrLprIsNeverTakenForRussiasOfTheSameOrdinal() {
        UnitView dpr = unit("1st Separate Motorized Rifle Brigade (DPR)", null, "1-ша окрема мотострілецька бригада (ДНР)");
        assertThat(UnitMatcher.rank("1-я отдельная мотострелковая бригада", List.of(dpr), 5)).singleElement().satisfies(m -> {
            assertThat(m.fit()).isEqualTo(UnitMatch.Fit.PARTIAL);
            assertThat(m.warning()).isEqualTo("this is a formation of the DPR; he did not say so");
        });
        assertThat(UnitMatcher.rank("1 омсбр ДНР", List.of(dpr), 5)).singleElement()
                .satisfies(m -> assertThat(m.fit()).isEqualTo(UnitMatch.Fit.EXACT));
    }

    private static UnitView unit(String name, String number, String... aliases) {
        return new UnitView(UUID.randomUUID(), name, number, List.of(aliases), null, List.of(), List.of());
    }
}
