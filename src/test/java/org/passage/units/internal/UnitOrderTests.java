package org.passage.units.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class UnitOrderTests {

    @Test
    void numbersAreOrderedByTheirValueInEitherScript() {
        assertThat(Stream.of("100th Separate Reconnaissance Brigade", "10th tank regiment", "1008th motorized rifle regiment",
                        "2nd Guards Combined Arms Army", "1st Guards Tank Army", "10-й ОТБ", "100-та окрема мотострілецька бригада",
                        "Prizrak Brigade").sorted(UnitOrder.NAMES).toList())
                .isEqualTo(List.of("1st Guards Tank Army", "2nd Guards Combined Arms Army", "10-й ОТБ", "10th tank regiment",
                        "100-та окрема мотострілецька бригада", "100th Separate Reconnaissance Brigade",
                        "1008th motorized rifle regiment", "Prizrak Brigade"));
    }
}
