package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CalibrationTests {

    @Test
    void theMapIsMonotoneAndKeepsTheEnds() {
        double last = -1;
        for (int i = 0; i <= 100; i++) {
            double x = i / 100.0;
            double y = Calibration.organization(x, true);
            assertThat(y).isGreaterThanOrEqualTo(last).isBetween(0.0, 1.0);
            last = y;
        }
        assertThat(Calibration.organization(0, true)).isZero();
        assertThat(Calibration.organization(1, true)).isEqualTo(1.0);
    }

    @Test
    void onlyAnOrganisationsNameReadAcrossScriptsIsLifted() {
        assertThat(Calibration.organization(0.62, true)).isEqualTo(0.70, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Calibration.organization(0.62, false)).isEqualTo(0.62);
        assertThat(Calibration.organization(0.50, true)).isEqualTo(0.50);
    }
}
