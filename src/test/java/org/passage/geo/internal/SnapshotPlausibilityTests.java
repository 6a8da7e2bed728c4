package org.passage.geo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The areas of nzz_2023-12-08 and its neighbours (square degrees, measured on ../shared/data) and real moves of the front. */
class SnapshotPlausibilityTests {

    @Test
    void aDropTheNextSnapshotReversesIsSetAside() {
        assertThat(SnapshotPlausibility.judge(9.68, 2.01, 9.69)).hasValueSatisfying(why -> assertThat(why).contains("-79%", "contradicts"));
        assertThat(SnapshotPlausibility.judge(4.0, 9.0, 4.1)).isPresent();
    }

    @Test
    void realAdvancesAndRetreatsStay() {
        assertThat(SnapshotPlausibility.judge(10.52, 14.07, 13.97)).as("2022-03-23, the advance held").isEmpty();
        assertThat(SnapshotPlausibility.judge(15.51, 11.92, 11.92)).as("2022-04-05, the retreat from Kyiv").isEmpty();
        assertThat(SnapshotPlausibility.judge(9.72, 7.71, 7.72)).isEmpty();
        assertThat(SnapshotPlausibility.judge(4.0, 4.2, 4.0)).as("small wobbles").isEmpty();
        assertThat(SnapshotPlausibility.judge(0, 4.0, 0)).isEmpty();
    }
}
