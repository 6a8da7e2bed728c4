package org.passage.watchlists.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LooseDatesTests {

    @Test
    void readsTheShapesListsPrint() {
        assertThat(LooseDates.parse("28 Sep 1973")).containsExactly("1973-09-28");
        assertThat(LooseDates.parse("4 Apr. 1944")).containsExactly("1944-04-04");
        assertThat(LooseDates.parse("Sep 1973")).containsExactly("1973-09");
        assertThat(LooseDates.parse("circa 1960")).containsExactly("1960");
        assertThat(LooseDates.parse("1960 to 1962")).containsExactly("1960", "1962");
        assertThat(LooseDates.parse("17.3.2014")).containsExactly("2014-03-17");
        assertThat(LooseDates.parse("29-06-2012")).containsExactly("2012-06-29");
        assertThat(LooseDates.parse("1988-01-07")).containsExactly("1988-01-07");
        assertThat(LooseDates.parse("unknown")).isEmpty();
    }
}
