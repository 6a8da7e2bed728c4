package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The name model's tables are read without comments and blanks, and a bad or missing one is named. */
class DataFileTests {

    @Test
    void linesKeepTheirNumbersAndLoseCommentsAndBlanks() {
        var lines = DataFile.lines("number-words.txt");
        assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(line.text()).isNotBlank().doesNotStartWith("#"));
        assertThat(lines.getFirst().number()).isGreaterThan(1); // the header's comment lines are counted
        assertThat(lines.getFirst().error("bad").getMessage()).startsWith("number-words.txt line " + lines.getFirst().number() + ": bad");
    }

    @Test
    void aMissingTableIsNamed() {
        assertThatThrownBy(() -> DataFile.lines("no-such-table.txt")).hasMessage("missing no-such-table.txt");
    }
}
