package org.passage.journeys.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passage.cases.Stage.*;
import static org.passage.journeys.internal.StageRules.Verdict.ALLOWED;
import static org.passage.journeys.internal.StageRules.Verdict.NEEDS_CORRECTION;
import static org.passage.journeys.internal.StageRules.Verdict.SAME_STAGE;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.passage.cases.Stage;

class StageRulesTests {

    @Test
    void theRouteRunsStepByStepFromFirstContactToClosed() {
        for (int i = 0; i + 1 < StageRules.ROUTE.size(); i++) {
            assertThat(StageRules.judge(StageRules.ROUTE.get(i), StageRules.ROUTE.get(i + 1), null)).isEqualTo(ALLOWED);
        }
    }

    @ParameterizedTest
    @CsvSource({
            "FIRST_CONTACT, IN_THIRD_COUNTRY, ALLOWED",      // he wrote when already across
            "HIDING_IN_RUSSIA, VETTING, ALLOWED",
            "CROSSING, HIDING_IN_RUSSIA, ALLOWED",           // turned back at the border
            "VISA_APPLIED, IN_THIRD_COUNTRY, ALLOWED",       // visa refused
            "IN_TRANSIT, IN_THIRD_COUNTRY, ALLOWED",         // sent back at the airport
            "ARRIVED, HIDING_IN_RUSSIA, NEEDS_CORRECTION",
            "ASYLUM_FILED, CROSSING, NEEDS_CORRECTION",
            "VETTING, FIRST_CONTACT, NEEDS_CORRECTION",
            "IN_THIRD_COUNTRY, HIDING_IN_RUSSIA, NEEDS_CORRECTION",
            "CLOSED, IN_THIRD_COUNTRY, NEEDS_CORRECTION",    // reopening is deliberate
            "CLOSED, LOST_CONTACT, NEEDS_CORRECTION",
            "ARRIVED, ARRIVED, SAME_STAGE"})
    void movesAreJudgedByTheRoute(Stage from, Stage to, StageRules.Verdict expected) {
        assertThat(StageRules.judge(from, to, null)).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(value = Stage.class, names = {"CLOSED", "LOST_CONTACT", "DETAINED"}, mode = EnumSource.Mode.EXCLUDE)
    void lostContactAndDetentionInterruptAnyOpenStage(Stage open) {
        assertThat(StageRules.judge(open, LOST_CONTACT, null)).isEqualTo(ALLOWED);
        assertThat(StageRules.judge(open, DETAINED, null)).isEqualTo(ALLOWED);
    }

    @Test
    void anInterruptedCaseResumesWhereItWasOrFurtherButNotEarlier() {
        assertThat(StageRules.judge(LOST_CONTACT, IN_THIRD_COUNTRY, IN_THIRD_COUNTRY)).isEqualTo(ALLOWED);
        assertThat(StageRules.judge(DETAINED, VISA_APPLIED, IN_THIRD_COUNTRY)).isEqualTo(ALLOWED);
        assertThat(StageRules.judge(LOST_CONTACT, HIDING_IN_RUSSIA, IN_THIRD_COUNTRY)).isEqualTo(NEEDS_CORRECTION);
        assertThat(StageRules.judge(LOST_CONTACT, DETAINED, IN_THIRD_COUNTRY)).isEqualTo(ALLOWED);
        assertThat(StageRules.judge(DETAINED, CLOSED, IN_TRANSIT)).isEqualTo(ALLOWED);
    }

    @Test
    void withoutAKnownEarlierStageAnInterruptedCaseMayResumeAnywhere() {
        assertThat(StageRules.judge(LOST_CONTACT, FIRST_CONTACT, null)).isEqualTo(ALLOWED);
    }

    @Test
    void sameStageIsNeverAChange() {
        for (Stage s : Stage.values()) {
            assertThat(StageRules.judge(s, s, null)).isEqualTo(SAME_STAGE);
        }
    }
}
